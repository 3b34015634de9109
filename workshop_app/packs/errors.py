"""Pack problems: each one placed in its file (line and column), all reported together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from workshop_app.errors import UserError
from workshop_app.i18n import counted, tr
from workshop_app.packs.limits import MAX_SHOWN_PROBLEMS

Path_ = tuple[str | int, ...]


def field_path(path: Path_) -> str:
    """``("exercises", 3, "steps", 0, "minutes")`` -> ``exercises[3].steps[0].minutes``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.replace("_", "a").replace("-", "a").isalnum() and part.isascii():
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text


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


class Finding(NamedTuple):
    """A problem in the data, before it is given its place in the file."""

    path: Path_
    message: str
    #: Point at the key (an unknown field) rather than at the value.
    at_key: bool = False


def file_problem(file: str, message: str) -> Problem:
    """A problem with the file as a whole (no line)."""
    return Problem(file, None, None, "", message)


class PackError(UserError):
    """A pack file that cannot be used: ``.problems`` says every reason, ``.details`` as lines."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
        n = len(self.problems)
        message = counted(n, tr("Packs", "{file} is not a valid pack: 1 problem"),
                          tr("Packs", "{file} is not a valid pack: %n problems", None, n)).format(file=file)
        details = [str(p) for p in self.problems[:MAX_SHOWN_PROBLEMS]]
        if n > MAX_SHOWN_PROBLEMS:
            details.append(tr("Packs", "... and {n} more problems").format(n=n - MAX_SHOWN_PROBLEMS))
        super().__init__(message, details)

    @classmethod
    def single(cls, file: str, message: str) -> PackError:
        return cls(file, [file_problem(file, message)])


class PackExistsError(UserError):
    """An import would replace a user pack of the same id, and replacing was not asked for."""

    def __init__(self, message: str, pack_id: str):
        super().__init__(message)
        self.pack_id = pack_id
