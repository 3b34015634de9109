"""Pack problems: each one placed in its file (line and column), all reported together."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.errors import UserError
from workshop_app.i18n import Packs, counted, translate
from workshop_app.json_schemas import Finding, Path_, field_path  # noqa: F401 - shared with storage
from workshop_app.packs.limits import MAX_SHOWN_PROBLEMS


@dataclass(frozen=True)
class Problem:
    """One problem, shown as ``FILE:LINE:COLUMN: field: message``."""

    file: str
    line: int | None
    column: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


def file_problem(file: str, message: str) -> Problem:
    """A problem with the file as a whole (no line)."""
    return Problem(file, None, None, "", message)


class PackError(UserError):
    """A pack file that cannot be used: ``.problems`` says every reason, ``.details`` as lines."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
        n = len(self.problems)
        message = counted(n, translate("Packs", "{file} is not a valid pack: 1 problem"),
                          Packs.tr("{file} is not a valid pack: %n problems", None, n)).format(file=file)
        details = [str(p) for p in self.problems[:MAX_SHOWN_PROBLEMS]]
        if n > MAX_SHOWN_PROBLEMS:
            details.append(translate("Packs", "... and {n} more problems").format(n=n - MAX_SHOWN_PROBLEMS))
        super().__init__(message, details)

    @classmethod
    def single(cls, file: str, message: str) -> PackError:
        return cls(file, [file_problem(file, message)])


class PackExistsError(UserError):
    """An import would replace a user pack of the same id, and replacing was not asked for."""

    def __init__(self, message: str, pack_id: str):
        super().__init__(message)
        self.pack_id = pack_id
