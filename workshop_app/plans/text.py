"""Any text typed in a room, made safe for reportlab.

* :func:`markup` turns plain text into Paragraph markup: ``&``, ``<`` and ``>``
  are escaped, so ``<b>``, ``&amp;`` or ``<img src=...>`` print literally and
  nothing is ever fetched or opened; line breaks are kept.
* reportlab has no per-glyph font fallback: runs of characters DejaVu Sans
  lacks (Chinese, Japanese, Korean...) are wrapped in ``<font name="WsFallback">``.
  A character neither font has prints as the font's empty box.
* Right-to-left text (Hebrew, Arabic): Arabic letters are joined by
  ``arabic_reshaper`` (each letter becomes the contextual form that joins its
  neighbours, from Unicode's presentation forms, which DejaVu Sans has) while the
  text is still in reading order; the Unicode bidi algorithm of ``python-bidi``
  then puts each *printed line* in visual order: :func:`display_order` for the
  one-line canvas labels here, ``blocks.BidiPara`` for a paragraph once
  reportlab has broken it into lines (so a wrapped right-to-left text keeps its
  line order). Text without a right-to-left letter never goes through either.
* :func:`fitted_runs` measures and truncates one line for canvas and chart
  labels, which have no Paragraph to do it; :func:`wrapped_lines` breaks a
  label into at most a few such lines (the last one cut only past them).
* Printing work stays bounded whatever is stored: a text longer than
  :data:`MAX_TEXT` characters prints its first :data:`MAX_TEXT` followed by
  "… (cut)", and a word longer than :data:`MAX_WORD` characters is broken
  with a space every :data:`MAX_WORD` characters (reportlab re-wraps a text
  at every page it continues on, and measures a long word letter by letter).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from workshop_app.i18n import translate
from workshop_app.plans.fonts import FALLBACK, SANS, SANS_BOLD, register_fonts

ELLIPSIS = "\u2026"
#: The most characters of one text that print (as much as a pack's longest Markdown field).
MAX_TEXT = 20_000
#: The longest word that prints unbroken (far longer than any word or web address).
MAX_WORD = 500
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_RTL_CHAR = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def clean(text: object) -> str:
    """Text as a string with ``\\n`` line breaks, no control characters and no lone surrogates."""
    s = "" if text is None else str(text)
    s = _SURROGATES.sub("\ufffd", s)
    s = _NEWLINES.sub("\n", s).replace("\t", " ")
    s = _CONTROLS.sub("", s)
    return unicodedata.normalize("NFC", s)


def cut(text: str) -> str:
    """``text`` if it has at most MAX_TEXT characters, else its beginning and "… (cut)"."""
    if len(text) <= MAX_TEXT:
        return text
    return text[:MAX_TEXT] + ELLIPSIS + " " + translate("Plans", "(cut)")


def _break_word(match: re.Match[str]) -> str:
    word = match.group()
    return " ".join(word[i:i + MAX_WORD] for i in range(0, len(word), MAX_WORD))


def bounded(text: str) -> str:
    """Cleaned ``text`` cut to MAX_TEXT characters, with words longer than MAX_WORD broken."""
    return _LONG_WORD.sub(_break_word, cut(text))


_BIDI_CLASSES = frozenset(("L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
                          "LRE", "LRO", "RLE", "RLO", "PDF"))
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_reshaper = None


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter (Hebrew, Arabic...)."""
    return _RTL_CHAR.search(text) is not None


def shaped(text: str) -> str:
    """``text`` (in reading order) with its Arabic letters in their joining forms (see the
    module notes); text without Arabic is returned as it is."""
    global _reshaper
    if not _ARABIC.search(text):
        return text
    if _reshaper is None:
        from arabic_reshaper import ArabicReshaper

        _reshaper = ArabicReshaper({"delete_harakat": False, "support_ligatures": True})
    return _reshaper.reshape(text)


def display_order(text: str, rtl: bool | None = None) -> list[tuple[int, str]]:
    """``[(index in text, character as drawn), ...]`` in the order the characters of one
    printed line are drawn from left to right: the Unicode bidi algorithm, mirrored brackets
    included. A right-to-left letter's marks (vowel points, harakat) come just before it, as
    reportlab needs them for DejaVu Sans, whose right-to-left marks are drawn from the pen
    over the next glyph (no rule L3). ``rtl`` forces the paragraph direction (None: from its
    first strong letter)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = int(bool(first_strong_rtl(text))) if rtl is None else int(rtl)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    # a character of a class python-bidi's algorithm does not take (unassigned, isolates) is
    # ordered as a neutral one
    probe = "".join(ch if unicodedata.bidirectional(ch) in _BIDI_CLASSES else "\ufffd" for ch in text)
    algorithm.get_embedding_levels(probe, storage, False, False)
    index = {id(ch): i for i, ch in enumerate(storage["chars"])}
    for step in (algorithm.explicit_embed_and_overrides, algorithm.resolve_weak_types,
                 algorithm.resolve_neutral_types, algorithm.resolve_implicit_levels,
                 algorithm.reorder_resolved_levels, algorithm.apply_mirroring):
        step(storage, False)
    return [(i, text[i] if probe[i] != text[i] else ch["ch"])
            for i, ch in ((index[id(ch)], ch) for ch in storage["chars"])]


def first_strong_rtl(text: str) -> bool | None:
    """Whether ``text``'s first strong letter is right to left (the direction the bidi
    algorithm gives a paragraph), None when it has no letter of either direction."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def visual_order(line: str) -> str:
    """One printed line, shaped and in visual order (see the module notes)."""
    if not has_rtl(line):
        return line
    line = shaped(line)
    return "".join(ch for _, ch in display_order(line))


def runs(line: str) -> list[tuple[bool, str]]:
    """Split one cleaned line into ``(uses_fallback, text)`` runs; spaces join the run they are in."""
    main, fallback = register_fonts()
    result: list[tuple[bool, str]] = []
    current: list[str] = []
    current_fb = False
    for ch in line:
        code = ord(ch)
        if ch == " " or code in main:
            fb = current_fb if ch == " " else False
        elif code in fallback:
            fb = True
        elif unicodedata.category(ch) == "Cf":
            continue  # an invisible format mark (bidi control, zero-width joiner...) no font draws
        else:
            fb = False
        if fb != current_fb and current:
            result.append((current_fb, "".join(current)))
            current = []
        current_fb = fb
        current.append(ch)
    if current:
        result.append((current_fb, "".join(current)))
    return result


_CACHED_MARKUP = 400  # characters: labels, names, dates... recur on every plan


def markup(text: object) -> str:
    """Paragraph markup that prints ``text`` exactly as typed (see the module notes)."""
    if type(text) is str and len(text) <= _CACHED_MARKUP:
        return _short_markup(text)
    return _markup(text)


@lru_cache(maxsize=4096)
def _short_markup(text: str) -> str:
    return _markup(text)


def _markup(text: object) -> str:
    lines = []
    for line in bounded(clean(text)).split("\n"):
        parts = []
        for fb, segment in runs(shaped(line)):
            escaped = segment.translate(_ESCAPES)
            parts.append(f'<font name="{FALLBACK}">{escaped}</font>' if fb else escaped)
        lines.append("".join(parts))
    return "<br/>".join(lines)


def plain_line(text: object) -> str | None:
    """``text`` as one line that prints as it is, in the main font and left to right (no
    escaping needed: it is never parsed as markup), or None when it needs a paragraph."""
    lines = plain_lines(text)
    return lines[0] if lines is not None and len(lines) == 1 else None


def plain_lines(text: object) -> tuple[str, ...] | None:
    """``text`` as lines that each print as they are (see :func:`plain_line`), or None when it
    needs a paragraph. Several lines must each be text with single spaces between words, as a
    paragraph would print them."""
    if type(text) is str and len(text) <= _CACHED_MARKUP:
        return _short_plain_lines(text)
    return _plain_lines(text)


@lru_cache(maxsize=4096)
def _short_plain_lines(text: str) -> tuple[str, ...] | None:
    return _plain_lines(text)


def _plain_lines(text: object) -> tuple[str, ...] | None:
    lines = tuple(bounded(clean(text)).split("\n"))
    if len(lines) > 1 and any(not line or line != " ".join(line.split()) for line in lines):
        return None
    main, _ = register_fonts()
    for line in lines:
        if _RTL_CHAR.search(line) or not all(ord(ch) in main for ch in line):
            return None
    return lines


def one_line(text: object) -> str:
    """The text on one line (line breaks become spaces), for headers and labels."""
    return " ".join(bounded(clean(text)).split())


def fitted_runs(text: object, size: float, bold: bool = False,
                max_width: float | None = None) -> tuple[list[tuple[str, str, float]], float]:
    """``([(font, text, width), ...], total_width)`` for one line, cut with an ellipsis to fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    main_font = SANS_BOLD if bold else SANS

    def measure(line: str) -> tuple[list[tuple[str, str, float]], float]:
        measured = []
        for fb, segment in runs(line):
            font = FALLBACK if fb else main_font
            measured.append((font, segment, stringWidth(segment, font, size)))
        return measured, sum(width for _, _, width in measured)

    logical = one_line(text)
    measured, total = measure(visual_order(logical))
    if max_width is None or total <= max_width:
        return measured, total
    if has_rtl(logical):  # cut at the end in reading order, then reorder what is left
        lo, hi = 0, len(logical)
        while lo < hi:  # longest beginning that fits with the ellipsis
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if measure(logical[:mid] + ELLIPSIS)[1] <= max_width else (lo, mid - 1)
        return measure(visual_order(logical[:lo].rstrip() + ELLIPSIS))
    limit = max_width - stringWidth(ELLIPSIS, main_font, size)
    cut: list[tuple[str, str, float]] = []
    used = 0.0
    for font, segment, width in measured:
        if used + width <= limit:
            cut.append((font, segment, width))
            used += width
            continue
        lo, hi = 0, len(segment)
        while lo < hi:  # longest prefix that fits
            mid = (lo + hi + 1) // 2
            if used + stringWidth(segment[:mid], font, size) <= limit:
                lo = mid
            else:
                hi = mid - 1
        if lo:
            part = segment[:lo].rstrip()
            w = stringWidth(part, font, size)
            cut.append((font, part, w))
            used += w
        break
    ell = stringWidth(ELLIPSIS, main_font, size)
    cut.append((main_font, ELLIPSIS, ell))
    return cut, used + ell


def _line_width(text: str, size: float, bold: bool) -> float:
    return fitted_runs(text, size, bold)[1]


def wrapped_lines(text: object, size: float, max_width: float, max_lines: int,
                  bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines of at most ``max_width``; a word wider than a line
    (or text without spaces) is broken where the line is full. Past ``max_lines`` lines, the
    rest goes on the last one, which :func:`fitted_runs` then cuts with an ellipsis."""
    words = one_line(text).split(" ")
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        if len(lines) == max_lines - 1:
            return [*lines, " ".join([current, *words[i:]]).strip()]
        candidate = f"{current} {word}" if current else word
        if _line_width(candidate, size, bold) <= max_width:
            current = candidate
            continue
        if _line_width(word, size, bold) > max_width:
            word = candidate  # too wide for any line: it starts on this one
        elif current:
            lines.append(current)
        while _line_width(word, size, bold) > max_width and len(lines) < max_lines - 1:
            lo, hi = 1, len(word) - 1
            while lo < hi:  # longest prefix that fits, at least one character
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if _line_width(word[:mid], size, bold) <= max_width else (lo, mid - 1)
            lines.append(word[:lo].rstrip())
            word = word[lo:].lstrip()
        current = word
    return [*lines, current] if current or not lines else lines
