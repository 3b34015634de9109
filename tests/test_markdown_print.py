"""One Markdown for screen and paper: pack text reads the same in a text view and in a printed
run sheet (CommonMark: italics either way, links, lists, headings), raw HTML shows as typed,
and a picture prints only when it comes from the pack."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from test_markdown_safety import pictures_in, png

from workshop_app.gui.safe_document import PackPictures, placeholder, safe_view, set_markdown, set_pictures
from workshop_app.model.markdown import MAX_NESTING
from workshop_app.plans import write_run_sheet
from workshop_app.plans.markdown import MAX_PICTURES

from plans_fixtures import make_workshop_data

SAMPLE = """# Heading HEADMARK

Some _italics_ and *emphasis* and **bold** and __strong__ text.

See [the guide](https://x.example/guide) and [a page](assets/notes.md).

- first ITEMONE
- second ITEMTWO

3. third ITEMTHREE

> quoted QUOTEMARK

Raw <b>tag</b> and <script>alert(1)</script> & more &amp; `<i>code</i>`.

![the map MAPALT](assets/map.png)
"""

#: What a reader sees of SAMPLE, on screen and on paper alike.
SEEN = ["Heading HEADMARK", "Some italics and emphasis and bold and strong text.",
        "See the guide", "and a page.", "first ITEMONE", "second ITEMTWO", "third ITEMTHREE",
        "quoted QUOTEMARK", "Raw <b>tag</b> and <script>alert(1)</script> & more & <i>code</i>."]
#: What a reader never sees: Markdown marks printed as written.
UNSEEN = ["_italics_", "*emphasis*", "**bold**", "__strong__", "[the guide]", "](", "# Heading", "&amp;",
          "&lt;", "> quoted"]


def one_line(text: str) -> str:
    return " ".join(text.split())


# -- paper -----------------------------------------------------------------------------------------

def run_sheet(tmp_path: Path, text: str, pictures=None) -> Path:
    data = make_workshop_data()
    item = next(i for i in data.agenda if i.exercise)
    item.exercise["objective"] = text
    item.exercise["steps"][0]["prompt"] = text
    item.exercise["facilitator_notes"] = text
    return write_run_sheet(data, tmp_path / "run-sheet.pdf", invariant=True, pictures=pictures)


def printed(path: Path) -> str:
    return one_line(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def fonts_of(path: Path) -> dict[str, set[str]]:
    """Each word printed -> the fonts it is printed in."""
    found: dict[str, set[str]] = {}

    def visit(text, _cm, _tm, font, _size):
        if font is not None:
            for word in re.findall(r"\w+", text):
                found.setdefault(word, set()).add(str(font.get("/BaseFont", "")).split("+")[-1])

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_pack_markdown_prints_as_the_reader_means_it(tmp_path):
    text = printed(run_sheet(tmp_path, SAMPLE))
    for words in SEEN:
        assert words in text, words
    for marks in UNSEEN:
        assert marks not in text, marks
    assert "the guide (https://x.example/guide)" in text  # a web address is printed after its text
    assert "a page (" not in text  # a file of the pack is not an address to type
    assert "\u2022 first ITEMONE" in text and "3. third ITEMTHREE" in text
    assert "MAPALT" in text  # no pack picture to print: its description


def test_italics_and_bold_print_in_their_faces(tmp_path):
    fonts = fonts_of(run_sheet(tmp_path, SAMPLE))
    assert fonts["italics"] == fonts["emphasis"] == {"DejaVuSans-Oblique"}
    assert fonts["bold"] == fonts["strong"] == fonts["HEADMARK"] == {"DejaVuSans-Bold"}
    assert fonts["Some"] == {"DejaVuSans"}


def test_italic_text_the_oblique_face_lacks_prints_upright(tmp_path):
    arabic = "\u0641\u0627\u0637\u0645\u0629"
    fonts = fonts_of(run_sheet(tmp_path, f"*Latin {arabic}*"))
    assert fonts["Latin"] == {"DejaVuSans-Oblique"}
    assert all(f == {"DejaVuSans"} for w, f in fonts.items() if not w.isascii()), fonts


def test_a_pack_picture_prints_bounded_and_any_other_its_description(tmp_path):
    assets = {"assets/map.png": png(40, 30), "assets/huge.png": png(4097, 2), "assets/text.png": b"no"}
    text = ("![the map MAPALT](assets/map.png) ![HUGEALT](assets/huge.png) ![TEXTALT](assets/text.png) "
            "![MISSINGALT](assets/none.png) ![PASSWDALT](/etc/passwd) ![WEBALT](https://example.org/x.png) "
            "![UPALT](assets/../map.png)")
    asked = []

    def pictures(pack_id):
        asked.append(pack_id)
        return assets

    path = run_sheet(tmp_path, text, pictures)
    assert set(asked) == {"core"}
    words = printed(path)
    assert "MAPALT" not in words
    for alt in ("HUGEALT", "TEXTALT", "MISSINGALT", "PASSWDALT", "WEBALT", "UPALT"):
        assert alt in words
    images = [image for page in PdfReader(path).pages for image in page.images]
    assert images and {image.image.size for image in images} == {(40, 30)}


def test_a_text_prints_a_bounded_number_of_pictures(tmp_path):
    text = "![SHOWNALT](assets/map.png)\n\n" * MAX_PICTURES + "![LASTALT](assets/map.png) " * 500
    path = run_sheet(tmp_path, text, lambda _pack: {"assets/map.png": png(40, 30)})
    words = printed(path)
    assert "SHOWNALT" not in words and words.count("LASTALT") == 3 * 500


def test_a_picture_is_never_fetched_without_the_pack(tmp_path):
    path = run_sheet(tmp_path, SAMPLE.replace("assets/map.png", str(tmp_path / "x.png")))
    assert [image for page in PdfReader(path).pages for image in page.images] == []


def test_deep_nesting_and_long_text_print_within_bounds(tmp_path):
    """Lists and quotes nested deeper than MAX_NESTING are left out (markdown-it stops there);
    unclosed marks by the thousand print as typed."""
    flood = "FLOODMARK " + "*a _b [c " * 1500
    deep = flood + "\n\n" + "".join("  " * n + "- level\n" for n in range(60)) + "\n\n" + "> " * 2000 + "q"
    text = printed(run_sheet(tmp_path, deep))
    assert "FLOODMARK *a _b [c *a _b [c" in text
    assert 0 < text.count("level") <= 3 * MAX_NESTING  # objective, step prompt, notes


# -- screen ----------------------------------------------------------------------------------------

def shown(qtbot, text: str, assets=None) -> QTextBrowser:
    view = safe_view(QTextBrowser())
    qtbot.addWidget(view)
    set_pictures(view, PackPictures(assets or {}))
    set_markdown(view.document(), text)
    view.grab()
    return view


def fragments(document: QTextDocument) -> dict[str, object]:
    """Each fragment's text -> its character format."""
    found = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            found[fragment.text()] = fragment.charFormat()
            it += 1
        block = block.next()
    return found


def test_pack_markdown_shows_as_the_reader_means_it(qtbot):
    view = shown(qtbot, SAMPLE)
    document = view.document()
    text = one_line(document.toPlainText())
    for words in SEEN:
        assert words in text, words
    for marks in UNSEEN:
        assert marks not in text, marks
    formats = fragments(document)
    assert formats["italics"].fontItalic() and formats["emphasis"].fontItalic()
    assert formats["bold"].fontWeight() == formats["strong"].fontWeight() == QFont.Weight.Bold
    assert formats["the guide"].anchorHref() == "https://x.example/guide"
    raw = next(f for t, f in formats.items() if t.startswith("Raw <b>tag</b>"))
    assert raw.fontWeight() != QFont.Weight.Bold
    assert [name for name, image in pictures_in(document)] == ["assets/map.png"]
    assert "<script" not in document.toHtml().replace("&lt;script", "")


def test_a_pack_picture_shows_from_the_pack_only(qtbot):
    view = shown(qtbot, "![the map](assets/map.png) ![x](/etc/passwd)", {"assets/map.png": png(40, 30)})
    pictures = dict(pictures_in(view.document()))
    assert (pictures["assets/map.png"].width(), pictures["assets/map.png"].height()) == (40, 30)
    assert pictures["/etc/passwd"] == placeholder()


@pytest.mark.parametrize("mark", ["_italics_", "*italics*"])
def test_screen_and_paper_read_the_same_words(qtbot, tmp_path, mark):
    text = f"One {mark}, [two](https://x.example) and `<b>`."
    on_screen = one_line(shown(qtbot, text).toPlainText())
    assert on_screen == "One italics, two and <b>."
    assert "One italics, two (https://x.example) and <b>." in printed(run_sheet(tmp_path, text))


def test_runsheet_prints_the_pictures_of_the_packs_in_the_library(run_cli, tmp_path):
    from workshop_app.packs import write_wspack
    from workshop_app.packs.loader import load_pack
    from workshop_app.paths import DataDir
    from workshop_app.services.context import AppContext
    from workshop_app.storage.workshop_file import data_to_dict

    pack = load_pack(Path(__file__).parent / "data" / "packs" / "good" / "full.yaml")
    archive = tmp_path / "pictures.wspack"
    write_wspack(pack, archive, {"assets/map.png": png(40, 30)})
    data = make_workshop_data()
    items = [i for i in data.agenda if i.exercise]
    for item, text in zip(items, ["![MAPALT](assets/map.png)", "![GONEALT](assets/map.png)"], strict=False):
        item.exercise["objective"] = text
    items[0].pack_id, items[1].pack_id = pack.id, "a-pack-no-longer-there"
    folder = tmp_path / "data"
    ctx = AppContext(DataDir(folder))
    try:
        ctx.library.import_file(archive)
        workshop_id = ctx.store.import_workshop(data_to_dict(data))
    finally:
        ctx.close()
    out = tmp_path / "sheet.pdf"
    code, _stdout, stderr = run_cli("runsheet", str(workshop_id), "--out", str(out), data_dir=str(folder))
    assert code == 0, stderr
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert [image.image.size for image in images] == [(40, 30)]
    assert "MAPALT" not in printed(out) and "GONEALT" in printed(out)


def test_right_to_left_pack_text_wraps_in_reading_order(tmp_path):
    import unicodedata

    from test_plans_rtl import HEBREW_ACTION

    pages = PdfReader(run_sheet(tmp_path, f"{HEBREW_ACTION} {HEBREW_ACTION}")).pages
    text = " ".join(page.extract_text() for page in pages)
    assert f"{HEBREW_ACTION} {HEBREW_ACTION}" in " ".join(unicodedata.normalize("NFKC", text).split())
