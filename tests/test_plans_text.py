"""Text made safe for reportlab (escaping, font fallback, right-to-left) and safe file names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.plans.filenames import safe_stem, unique_stem
from workshop_app.plans.fonts import FALLBACK, SANS
from workshop_app.plans.text import clean, display_order, fitted_runs, markup, plain_line, visual_order

from plans_fixtures import DMITRY, ELENI, NAMES


def test_markup_escapes_everything_paragraph_would_read_as_markup():
    assert markup('<b>x</b> & <img src="a.png"/>') == (
        '&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src="a.png"/&gt;')
    assert markup("&amp;") == "&amp;amp;"


def test_line_breaks_are_kept_and_controls_dropped():
    assert markup("one\r\ntwo\rthree\u2028four") == "one<br/>two<br/>three<br/>four"
    assert clean("a\x00b\x07c\td") == "abc d"
    assert clean("lone \ud800 surrogate") == "lone \ufffd surrogate"


def test_characters_the_main_font_lacks_go_to_the_fallback_font():
    assert markup("Plan \u8a08\u753b ok") == f'Plan <font name="{FALLBACK}">\u8a08\u753b </font>ok'
    assert "<font" not in markup("\u0395\u03bb\u03ad\u03bd\u03b7 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 "
                                 "Nguy\u1ec5n")


def test_decomposed_vietnamese_is_composed_for_the_font():
    assert clean("Nguye\u0302\u0303n") == "Nguy\u1ec5n"


def test_right_to_left_runs_are_put_in_visual_order():
    hebrew = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"  # "shalom olam"
    assert visual_order(hebrew) == hebrew[::-1]
    mixed = f"Team {hebrew} 2025"  # the bidi algorithm: a number after Hebrew reads with it
    assert visual_order(mixed) == f"Team 2025 {hebrew[::-1]}"
    shalom, olam = hebrew.split()
    assert visual_order(f"{shalom} 12 Microsoft Teams {olam}") == (
        f"{olam[::-1]} Microsoft Teams 12 {shalom[::-1]}")
    assert visual_order("(\u05d0\u05d1)") == "(\u05d1\u05d0)"  # brackets mirrored
    assert visual_order("plain text") == "plain text"


def test_vowel_marks_are_drawn_just_before_their_letter():
    """DejaVu's right-to-left marks sit over the glyph drawn after them (looked at: a mark
    drawn after its letter lands on the letter to its right)."""
    shalom = "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd"  # shin+qamats+shin dot, lamed, vav+holam, mem
    assert visual_order(shalom) == shalom[::-1]


def test_arabic_letters_are_joined():
    laila = "\u0644\u064a\u0644\u0649"  # lam, yeh, lam, alef maksura
    # initial, medial, medial and final forms
    assert markup(laila) == "\ufedf\ufef4\ufee0\ufef0"
    assert visual_order(laila) == "\ufef0\ufee0\ufef4\ufedf"


def test_fitted_runs_measure_and_cut_with_an_ellipsis():
    runs, width = fitted_runs("Plan \u8a08\u753b", 10)
    assert [font for font, _, _ in runs] == [SANS, FALLBACK]
    assert width == pytest.approx(sum(w for _, _, w in runs))
    cut, cut_width = fitted_runs("word " * 50, 10, max_width=100)
    assert cut_width <= 100 and cut[-1][1] == "\u2026"


def test_a_right_to_left_label_is_cut_at_its_end_on_the_left():
    words = ["\u05e9\u05dc\u05d5\u05dd", "\u05e2\u05d5\u05dc\u05dd", "\u05d8\u05d5\u05d1"] * 6
    runs, width = fitted_runs(" ".join(words), 10, max_width=80)
    drawn = "".join(text for _, text, _ in runs)
    assert width <= 80
    assert drawn.startswith("\u2026") and drawn.endswith(" ".join(words[:2])[::-1])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_any_line_gets_a_drawing_order(text):
    """Every character that prints is drawn once (unassigned code points and bidi isolates
    included, which python-bidi's algorithm does not take as they are)."""
    order = [i for i, _ in display_order(text)]
    assert len(set(order)) == len(order) and all(0 <= i < len(text) for i in order)


def test_unassigned_characters_and_isolates_are_ordered_as_neutrals():
    assert display_order("\u0590 \u05d0\u2067") == [(3, "\u2067"), (2, "\u05d0"), (1, " "), (0, "\u0590")]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_markup_never_leaves_a_raw_angle_bracket_or_ampersand(text):
    out = markup(text).replace("<br/>", "").replace(f'<font name="{FALLBACK}">', "").replace("</font>", "")
    assert "<" not in out and ">" not in out
    assert "&" not in out.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")


@pytest.mark.parametrize(("name", "stem"), [
    (NAMES[ELENI], "Eleni-Papadopoulou"),
    (NAMES[DMITRY], "Dmitriy-Ivanov"),
    ("Nguy\u1ec5n Th\u1ecb Minh Khai", "Nguyen-Thi-Minh-Khai"),
    ("\u0110\u1eb7ng V\u0103n", "Dang-Van"),
    ("\u5c71\u7530 \u82b1\u5b50", "participant-3"),
    ("\u0641\u0627\u0637\u0645\u0629", "participant-3"),
    ('Ann <b>&amp; "Co"', "Ann-b-amp-Co"),
    ('a<>:"/\\|?*b', "a-b"),
    ("tab\tand\x00nul", "tab-and-nul"),
    ("trailing dots... ", "trailing-dots"),
    ("CON", "CON_"),
    ("lpt1.txt", "lpt1.txt_"),
    ("", "participant-3"),
    ("...", "participant-3"),
])
def test_safe_stem(name, stem):
    assert safe_stem(name, "participant-3") == stem


def test_safe_stem_caps_the_length():
    assert len(safe_stem("x" * 500, "p")) <= 60


def test_unique_stem_ignores_case():
    used: set[str] = set()
    assert [unique_stem(s, used) for s in ("Ann", "ann", "ANN", "Bob")] == ["Ann", "ann-2", "ANN-3", "Bob"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_name_gives_a_portable_file_name(name):
    stem = safe_stem(name, "participant-1")
    assert stem and len(stem) <= 60
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in stem)
    assert not stem.startswith((".", "-")) and not stem.endswith((".", " "))



def test_plain_line_only_for_text_that_prints_as_it_is():
    """Table cells print as plain strings only what needs no markup, wrapping or fallback font."""
    assert plain_line("Tools & <reports> 12") == "Tools & <reports> 12"
    assert plain_line("Plan \u8a08\u753b") is None  # needs the fallback font
    assert plain_line("\u05e9\u05dc\u05d5\u05dd") is None  # right to left
    assert plain_line("two\nlines") is None


def test_counts_read_right_for_one_and_for_many():
    """Qt's plural form (%n) with the English singular: never "1 more options" or "1 dots"."""
    from workshop_app.plans.formatting import dots_label
    from workshop_app.plans.labels import more_options

    assert more_options(1) == "and 1 more option" and more_options(3) == "and 3 more options"
    assert dots_label(1) == "1 dot" and dots_label(12) == "12 dots" and dots_label(0) == "0 dots"


def _wrapped_lines(paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    return [" ".join(line[1]) if isinstance(line, tuple)
            else "".join(getattr(frag, "text", "") for frag in line.words)
            for line in paragraph.blPara.lines]


def test_french_punctuation_never_starts_a_printed_line():
    """French writes a narrow no-break space before ? ! ; (and a no-break space before : and
    inside « »): at no width may a printed line start with the mark, as the run sheet printed
    "… dans les 48 prochaines heures" with the "?" alone on the next line."""
    from workshop_app.plans.blocks import para

    text = ("Quelle est la première chose que vous ferez dans les 48 prochaines heures\u202f? "
            "Allez-y\u202f! Un mot\u202f; puis la suite\u00a0: «\u00a0D’ici le…, je vais…\u00a0»")
    for width in range(60, 420, 3):
        lines = _wrapped_lines(para(text), width)
        assert not [line for line in lines if line.lstrip()[:1] in {"?", "!", ";", ":", "»"}], (width, lines)
