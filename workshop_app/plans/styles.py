"""Colours, margins and paragraph styles shared by every document (paper sizes: paper.py)."""

from __future__ import annotations

from functools import lru_cache

from workshop_app.i18n import text_language
from workshop_app.plans.fonts import SANS, SANS_BOLD, register_fonts
from workshop_app.plans.paper import page_size

INK = "#1d2b36"
MUTED = "#5e6e7a"
ACCENT = "#1f6f78"
ACCENT_DARK = "#16525a"
TINT = "#eaf3f4"
TINT_WARM = "#fbf5e9"
RULE = "#c5d2d9"
WRITE_LINE = "#aebcc5"
PRIVATE = "#a3392a"
#: A commitment's status at a check-in (model.progress.STATUS_ORDER): the progress papers' tags and
#: chart; each light enough for ink on it, told apart in grey too.
STATUS_COLORS = {"done": "#7fbf9a", "in_progress": "#f2cf7a", "stuck": "#e59a8c", "dropped": "#b9c3ca",
                 "not_reviewed": "#eef2f4"}

#: The small grey capitals over a field's value (see blocks.field_rows), and their line's height.
FIELD_LABEL_SIZE = 6.8
FIELD_LABEL_LEADING = 10.3

MM = 72 / 25.4
MARGIN_X = 18 * MM
MARGIN_TOP = 22 * MM
MARGIN_BOTTOM = 20 * MM


def frame_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * MARGIN_X


def frame_height(paper: str) -> float:
    return page_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM


@lru_cache(maxsize=64)
def color(hex_value: str):
    """The reportlab colour of ``hex_value`` (made once: the same few recur on every page)."""
    from reportlab.lib.colors import HexColor

    return HexColor(hex_value)


def styles() -> dict:
    """Named ParagraphStyles for the document being made: its text hyphenates in its language
    (``i18n.in_language``: the workshop's)."""
    return language_styles(text_language())


#: Words at least this long may be hyphenated in a table's narrow columns.
LONG_WORD = 13


@lru_cache(maxsize=16)
def hyphenator(language: str):
    """Pyphen's hyphenation of ``language`` (``de``, ``fr-CH``...) made once, or None when it has
    no dictionary for it. reportlab takes it as ``hyphenationLang``: a long word breaks at a
    syllable with a hyphen ("Selbst-einschätzung") instead of anywhere, where a column is narrow.
    (Given as a language code, reportlab would load the dictionary again for every paragraph.)"""
    import pyphen

    code = pyphen.language_fallback(language.replace("-", "_"))
    return pyphen.Pyphen(lang=code).iterate if code else None


@lru_cache(maxsize=8)
def language_styles(language: str) -> dict:
    """Named ParagraphStyles for text in ``language`` (built once per language and process)."""
    register_fonts()
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=color(INK),
                          splitLongWords=1, allowWidows=0, allowOrphans=0, bulletFontName=SANS)
    # In a table's narrow columns a long word (German compounds: "Selbsteinschätzung") breaks at a
    # syllable with a hyphen rather than anywhere; shorter words wrap whole, names (titles) never
    # break, and text at a page's width has room enough for its words.
    narrow = {"hyphenationLang": hyphenator(language) or "", "hyphenationMinWordLength": LONG_WORD}

    def make(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": make("small", fontSize=8.5, leading=11.5),
        "muted": make("muted", fontSize=8.5, leading=11.5, textColor=color(MUTED)),
        "kicker": make("kicker", fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=color(ACCENT)),
        "title": make("title", fontName=SANS_BOLD, fontSize=22, leading=27, spaceAfter=2),
        "subtitle": make("subtitle", fontSize=11, leading=15, textColor=color(MUTED)),
        "h2": make("h2", fontName=SANS_BOLD, fontSize=13, leading=17, textColor=color(ACCENT_DARK),
                   spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "h3": make("h3", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4,
                   keepWithNext=1),
        "intro": make("intro", fontSize=8.5, leading=11.5, textColor=color(MUTED), spaceAfter=6,
                      keepWithNext=1),
        "cell": make("cell", fontSize=9, leading=12.5, **narrow),
        "cell_bold": make("cell_bold", fontName=SANS_BOLD, fontSize=9, leading=12.5, **narrow),
        "cell_bold_right": make("cell_bold_right", fontName=SANS_BOLD, fontSize=9, leading=12.5,
                                alignment=TA_RIGHT, **narrow),
        "head_small_right": make("head_small_right", fontName=SANS_BOLD, fontSize=8, leading=10.5,
                                 alignment=TA_RIGHT, **narrow),  # a narrow count column's heading
        "cell_right": make("cell_right", fontSize=9, leading=12.5, alignment=TA_RIGHT, **narrow),
        "cell_center": make("cell_center", fontSize=9, leading=12.5, alignment=TA_CENTER, **narrow),
        "what": make("what", fontName=SANS_BOLD, fontSize=11, leading=15),
        "number": make("number", fontName=SANS_BOLD, fontSize=15, leading=18, textColor=color(ACCENT),
                       alignment=TA_CENTER),
        "label": make("label", fontSize=7, leading=9.5, textColor=color(MUTED)),
        "field_label": make("field_label", fontSize=FIELD_LABEL_SIZE, leading=FIELD_LABEL_LEADING,
                            textColor=color(MUTED)),
        "field_label_bold": make("field_label_bold", fontName=SANS_BOLD, fontSize=FIELD_LABEL_SIZE,
                                 leading=FIELD_LABEL_LEADING, textColor=color(MUTED)),
        "group": make("group", fontName=SANS_BOLD, fontSize=8.5, leading=11.5, textColor=color(ACCENT),
                      spaceBefore=5, spaceAfter=1, keepWithNext=1),
        "way_summary": make("way_summary", fontSize=8, leading=12.5, textColor=color(MUTED)),
        "write": make("write", leading=20, textColor=color(WRITE_LINE)),  # lines of write_rule
        "body_rule": make("body_rule", textColor=color(WRITE_LINE)),
        "bullet_plain": make("bullet_plain", spaceBefore=3),
        "bullet": make("bullet", fontSize=9.5, leading=13.5, leftIndent=12, bulletIndent=2),
        "cell_bullet": make("cell_bullet", fontSize=9, leading=12.5, leftIndent=12, bulletIndent=2, **narrow),
    }


def write_rule(width: float, size: float = 9.5) -> str:
    """A line of underscores to write on by hand, about ``width`` points long (print it in
    :data:`WRITE_LINE`: styles "write", "body_rule")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return "_" * max(4, int(width / stringWidth("_", SANS, size)) - 1)
