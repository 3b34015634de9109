"""File names made from people's names, safe on every file system.

Greek and Cyrillic are transliterated and accents dropped, so ``Ελένη`` gives
``Eleni`` and ``Nguyễn`` gives ``Nguyen``; a name with nothing readable left
(Chinese, Arabic...) falls back to ``participant-N``. Only ASCII letters,
digits, ``.``, ``_`` and ``-`` remain, never a Windows device name (``CON``,
``LPT1``...), never a leading or trailing dot or dash, at most
:data:`MAX_STEM` characters, and names are unique ignoring case (for
case-insensitive file systems).
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 60

#: The facilitator report's file name (in the Wrap-up's own facilitator-only folder: it holds
#: private notes).
REPORT_NAME = "facilitator-report.pdf"
#: The sponsor report's file name: beside the plans (no names, no private notes), so no
#: participant's plan may take it.
SPONSOR_REPORT_NAME = "report-sponsor.pdf"
#: The progress papers after the check-ins (``plans/progress.py``): the facilitator's report (private
#: notes) and the sponsor's; each participant's page is ``progress-<name>.pdf`` beside them.
PROGRESS_REPORT_NAME = "progress-report.pdf"
PROGRESS_SPONSOR_NAME = "progress-sponsor.pdf"
PROGRESS_PREFIX = "progress-"

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{kind}{n}" for kind in ("COM", "LPT") for n in (*"0123456789", "\u00b9", "\u00b2", "\u00b3")}

_LATIN = {"\u0111": "d", "\u00f0": "d", "\u00df": "ss", "\u00e6": "ae", "\u00f8": "o", "\u0142": "l",
          "\u00fe": "th", "\u0153": "oe", "\u0131": "i"}
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(), strict=True))
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u".split(),
    strict=True))
_TABLE = {**_GREEK, **{k: ("" if v == "-" else v) for k, v in _CYRILLIC.items()}}
#: Letters that decomposing would misread (й is not и), mapped before accents are dropped.
_PRECOMPOSED = {**_LATIN, "й": "y", "ё": "e", "ї": "yi", "ў": "u"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _transliterate(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            mapped = table[low]
            out.append(mapped.capitalize() if ch != low else mapped)
        else:
            out.append(ch)
    return "".join(out)


def safe_stem(name: str, fallback: str, max_len: int = MAX_STEM) -> str:
    """A file name stem for ``name`` (``fallback`` when nothing readable is left)."""
    text = _transliterate(unicodedata.normalize("NFC", name or ""), _PRECOMPOSED)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.replace("ου", "ou").replace("Ου", "Ou").replace("ΟΥ", "OU")
    text = _transliterate(text, _TABLE)
    text = text.encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("-", text)
    stem = re.sub(r"-{2,}", "-", stem).strip(".-_ ")
    if len(stem) > max_len:
        stem = stem[:max_len].rstrip(".-_ ")
    if not re.search(r"[A-Za-z0-9]", stem):
        stem = fallback
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"{stem}_"
    return stem


def unique_stem(stem: str, used: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... whichever is not in ``used`` (compared casefolded)."""
    candidate, n = stem, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate.casefold())
    return candidate
