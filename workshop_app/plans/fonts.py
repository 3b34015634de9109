"""The fonts the printed documents use, registered with reportlab once per process.

``resources/fonts/`` ships DejaVu Sans (regular and bold: Latin, Greek,
Cyrillic, Vietnamese, Hebrew and Arabic letters with their joining forms; oblique and bold oblique for
italics, without Arabic) and Droid Sans Fallback (Chinese, Japanese, Korean).
reportlab embeds only the glyphs a document uses. reportlab has no per-glyph
fallback, so :mod:`workshop_app.plans.text` sends the characters DejaVu lacks
to the fallback font explicitly, and italic text the oblique faces lack is put
in :data:`UPRIGHT` (DejaVu Sans again, with no italic face: it prints upright).
"""

from __future__ import annotations

import threading

from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.resources import fonts_dir

SANS = "WsSans"
SANS_BOLD = "WsSans-Bold"
FALLBACK = "WsFallback"
SANS_ITALIC = "WsSans-Oblique"
SANS_BOLD_ITALIC = "WsSans-BoldOblique"
#: DejaVu Sans under a name whose italics stay upright (for the letters the oblique faces lack).
UPRIGHT = "WsUpright"
UPRIGHT_BOLD = "WsUpright-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}
#: Registered on first use of italics (most documents have none).
_ITALIC_FILES = {
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    UPRIGHT: "DejaVuSans.ttf",
    UPRIGHT_BOLD: "DejaVuSans-Bold.ttf",
}

_lock = threading.Lock()
_coverage: tuple[frozenset[int], frozenset[int]] | None = None
_italic: frozenset[int] | None = None


class FontMissingError(UserError):
    """A font file that ships with the app is missing (a broken installation)."""


def register_fonts() -> tuple[frozenset[int], frozenset[int]]:
    """Register the fonts (first call only) and return the code points each side covers.

    Returns ``(main, fallback)``: the characters both DejaVu weights have, and
    the characters Droid Sans Fallback has. Also switches off reportlab's ASCII85
    stream encoding (only this package uses reportlab): binary streams are a
    quarter smaller and quicker to write.
    """
    global _coverage
    if _coverage is not None:
        return _coverage
    with _lock:
        if _coverage is not None:
            return _coverage
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping

        fonts = _register(_FILES)
        for bold in (1, 0):  # plain last, so each face maps back to (family, 0, 0)
            for italic in (1, 0):
                addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
                addMapping(FALLBACK, bold, italic, FALLBACK)
        rl_config.useA85 = 0
        main = frozenset(fonts[SANS].face.charToGlyph) & frozenset(fonts[SANS_BOLD].face.charToGlyph)
        _coverage = (main, frozenset(fonts[FALLBACK].face.charToGlyph))
        return _coverage


def _register(files: dict[str, str]) -> dict:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = {}
    for name, filename in files.items():
        path = fonts_dir() / filename
        if not path.is_file():
            raise FontMissingError(
                translate("Plans",
                          "The font file {path} is missing: please reinstall the app.").format(path=path))
        fonts[name] = TTFont(name, str(path))
        pdfmetrics.registerFont(fonts[name])
    return fonts


def italic_coverage() -> frozenset[int]:
    """Register the oblique faces and :data:`UPRIGHT` (first call only; ``<i>`` prints upright
    before) and return the characters both oblique faces have."""
    global _italic
    register_fonts()
    if _italic is not None:
        return _italic
    with _lock:
        if _italic is None:
            from reportlab.lib.fonts import addMapping

            fonts = _register(_ITALIC_FILES)
            for bold in (1, 0):
                for italic in (1, 0):
                    addMapping(UPRIGHT, bold, italic, UPRIGHT_BOLD if bold else UPRIGHT)
            addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
            addMapping(SANS, 0, 1, SANS_ITALIC)
            _italic = frozenset(fonts[SANS_ITALIC].face.charToGlyph) & frozenset(
                fonts[SANS_BOLD_ITALIC].face.charToGlyph)
        return _italic
