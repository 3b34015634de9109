"""Drawing plain paragraphs with a few text operators.

reportlab draws every paragraph in a text object of its own, inside two saved
graphics states and a translation; a page of the action plans holds dozens of
short paragraphs (labels, dates, numbers), so that overhead is most of the
cost of drawing it. :func:`para_lines` reads the lines a paragraph was broken
into (by reportlab, so wrapping, fallback fonts and escaping stay reportlab's)
and :func:`draw_lines` writes the lines of one or many paragraphs into one
text object, at the positions reportlab would use. Anything beyond plain
styled text (bullets, links, underlines, images, justified or overfull lines,
backgrounds, indents) is left to reportlab: :func:`para_lines` returns None.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont

#: (x, baseline y, [(font name, size, colour, text), ...]) relative to the paragraph's origin
Line = tuple[float, float, list[tuple[str, float, object, str]]]

_SHIFT = {TA_LEFT: 0.0, TA_CENTER: 0.5, TA_RIGHT: 1.0}


def _plain_style(para) -> bool:
    style = para.style
    return not (para.bulletText or style.backColor or (style.borderWidth and style.borderColor)
                or style.leftIndent or style.firstLineIndent or style.wordWrap == "RTL"
                or getattr(style, "endDots", None) or getattr(para, "_offsets", None)
                or getattr(para, "autoLeading", getattr(style, "autoLeading", "")) in ("min", "max"))


def para_lines(para) -> list[Line] | None:
    """The lines of a wrapped paragraph, or None when reportlab must draw it itself."""
    blpara = getattr(para, "blPara", None)
    shift = _SHIFT.get(para.style.alignment)
    if blpara is None or shift is None or not rl_config.paraFontSizeHeightOffset or not _plain_style(para):
        return None
    lines = blpara.lines
    if not lines:
        return []
    leading = para.style.leading
    out: list[Line] = []
    if blpara.kind == 0:
        if getattr(blpara, "us_lines", None) or getattr(blpara, "link", None) or getattr(blpara, "rise", 0):
            return None
        y = para.height - blpara.fontSize
        font, size, color = blpara.fontName, blpara.fontSize, blpara.textColor
        for extra, words in lines:
            if extra < -1e-8:  # an overfull line: reportlab squeezes its word spacing
                return None
            out.append((shift * extra, y, [(font, size, color, " ".join(words))]))
            y -= leading
        return out
    y = para.height - lines[0].fontSize
    for line in lines:
        extra = line.extraSpace
        if extra < -1e-8:
            return None
        runs = []
        for frag in line.words:
            if (hasattr(frag, "cbDefn") or getattr(frag, "us_lines", None) or getattr(frag, "link", None)
                    or getattr(frag, "rise", 0) or getattr(frag, "backColor", None)):
                return None
            if not frag.text:
                continue
            if runs and runs[-1][:3] == (frag.fontName, frag.fontSize, frag.textColor):
                runs[-1] = (*runs[-1][:3], runs[-1][3] + frag.text)  # split only by markup (&lt;...)
            else:
                runs.append((frag.fontName, frag.fontSize, frag.textColor, frag.text))
        out.append((shift * extra, y, runs))
        y -= leading
    return out


@lru_cache(maxsize=8192)
def _num(value: float) -> str:
    """A number as reportlab writes it (the same few coordinates and sizes recur on every page)."""
    return fp_str(value)


@lru_cache(maxsize=64)
def _fill(color: Color) -> str:
    return f"{fp_str(color.red, color.green, color.blue)} rg"


def _fast_ok(canv, placed) -> bool:
    """Whether :func:`_emit` writes exactly what a reportlab text object would for these lines."""
    if not canv.bottomup or getattr(canv, "_enforceColorSpace", None):
        return False
    for _, _, lines in placed:
        for _, _, runs in lines:
            for name, _, fill, text in runs:
                if (type(fill) is not Color or type(text) is not str
                        or not getattr(getFont(name), "_dynamicFont", False)):
                    return False
    return True


def _emit(canv, placed) -> None:
    """The text object of :func:`draw_lines`, written directly: what ``beginText``,
    ``setTextOrigin``, ``setFont``, ``setFillColor`` and ``_textOut`` of reportlab's
    text object produce for TrueType fonts and RGB colours, without its bookkeeping."""
    doc, escape = canv._doc, canv._escape
    code = ["BT"]
    add = code.append
    font = key = color = None
    subset, tf = -1, ""
    for x, y, lines in placed:
        for dx, dy, runs in lines:
            if not runs:
                continue
            add(f"1 0 0 1 {_num(x + dx)} {_num(y + dy)} Tm")
            for name, size, fill, text in runs:
                if fill != color:
                    add(_fill(fill))
                    color = fill
                if (name, size) != key:
                    key, font, subset = (name, size), getFont(name), -1
                    tf = f"{_num(size)} Tf {_num(size * 1.2)} TL"
                for part, chars in font.splitString(text, doc):
                    if part != subset:
                        add(f"{font.getSubsetInternalName(part, doc)} {tf}")
                        subset = part
                    add(f"({escape(chars)}) Tj")
            add("T*")  # ends the line as reportlab does (text extraction sees a line break)
    if len(code) > 1:
        add("ET")
        canv._code.append(" ".join(code))


def draw_lines(canv, placed: list[tuple[float, float, list[Line]]]) -> None:
    """Draw the lines of several paragraphs, each ``(x, y, lines)`` with its origin, in one text object.

    The fill colour it sets is left set: call it inside a saved graphics state.
    """
    if _fast_ok(canv, placed):
        _emit(canv, placed)
        return
    tx = None
    font = color = None
    for x, y, lines in placed:
        for dx, dy, runs in lines:
            if not runs:
                continue
            if tx is None:
                tx = canv.beginText(x + dx, y + dy)
            else:
                tx.setTextOrigin(x + dx, y + dy)
            for i, (name, size, fill, text) in enumerate(runs, start=1):
                if (name, size) != font:
                    tx.setFont(name, size)
                    font = (name, size)
                if fill != color:
                    tx.setFillColor(fill)
                    color = fill
                tx._textOut(text, i == len(runs))
    if tx is not None:
        canv.drawText(tx)
