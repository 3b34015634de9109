"""The plans baseline: bare reportlab platypus writing a given number of pages with the app's font.

``write_documents(out_dir, pages_per_file, chars_per_page)`` writes one PDF per entry of
``pages_per_file`` (``bare-N.pdf``, that many pages each), every page a heading and body
paragraphs of about ``chars_per_page`` characters in DejaVu Sans (the TTF file the app
ships, embedded the same way), A4, with a page-number footer. No tables, no keep-together,
no two-pass numbering: what any reportlab script pays for the same pages and text.

Run as a script: ``python bench/bare_reportlab.py OUT_DIR PAGES [PAGES...] --chars N``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FONT = "BareSans"
FONT_BOLD = "BareSans-Bold"
WORDS = ("commitment", "stand-up", "operations", "leadership", "check-in", "weekly", "measure",
         "support", "dispatch", "handover", "priority", "team", "shared", "board", "decision",
         "the", "and", "with", "every", "by", "for", "our", "to", "on", "we", "will")


def _fonts_dir() -> Path:
    here = Path(__file__).resolve().parent.parent
    return here / "resources" / "fonts"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(_fonts_dir() / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(_fonts_dir() / "DejaVuSans-Bold.ttf")))


def _text(chars: int, seed: int) -> str:
    out, n = [], 0
    i = seed
    while n < chars:
        word = WORDS[(i * 7 + i // 5) % len(WORDS)]
        out.append(word)
        n += len(word) + 1
        i += 1
    return " ".join(out)


def _page_story(page: int, chars: int, styles: dict) -> list:
    from reportlab.platypus import Paragraph, Spacer

    story = [Paragraph(f"Personal action plan, page {page}", styles["h"]), Spacer(1, 6)]
    per_paragraph = 320
    done = 0
    while done < chars:
        size = min(per_paragraph, chars - done)
        story.append(Paragraph(_text(size, page * 31 + done), styles["body"]))
        done += size
    return story


def write_documents(out_dir: str | Path, pages_per_file: list[int], chars_per_page: int) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    register_fonts()
    styles = {
        "h": ParagraphStyle("h", fontName=FONT_BOLD, fontSize=13, leading=17, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, spaceAfter=5),
    }

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 11 * mm, f"Page {doc.page}")
        canvas.restoreState()

    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index, pages in enumerate(pages_per_file):
        path = folder / f"bare-{index}.pdf"
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm)
        story: list = []
        for page in range(pages):
            if page:
                story.append(PageBreak())
            story += _page_story(page, chars_per_page, styles)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("pages", type=int, nargs="+")
    parser.add_argument("--chars", type=int, default=1800)
    args = parser.parse_args(argv)
    for path in write_documents(args.out_dir, args.pages, args.chars):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
