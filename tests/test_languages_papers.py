"""``workshop-app --lang de demo`` and ``--lang fr``: the sample workshop's papers printed in the
room's language: the labels, the dates and the built-in exercises' text; no English label left.

"No English label" is checked against the catalogue itself: every printed label of three words or
more (context Plans) whose translation differs must not appear in English on any page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app import i18n
from workshop_app.resources import translations_dir

from translation_checks import read_catalogue

EXPECTED = {
    "de": {
        "action-plans/all-action-plans.pdf": ["Persönlicher Aktionsplan", "Meine Vorhaben",
                                              "Donnerstag, 12. November 2026"],
        "facilitator-report.pdf": ["Moderationsbericht", "Acht Eigenschaften: eine Selbsteinschätzung"],
        "run-sheet.pdf": ["Ablaufplan", "Mitzubringendes Material",
                          "Acht Eigenschaften: eine Selbsteinschätzung", "Donnerstag, 12. November 2026"],
    },
    "fr": {
        "action-plans/all-action-plans.pdf": ["Plan d’action personnel", "Mes engagements",
                                              "jeudi 12 novembre 2026"],
        "facilitator-report.pdf": ["Rapport d’animation", "Huit qualités : une autoévaluation"],
        "run-sheet.pdf": ["Déroulé", "Matériel à apporter", "Huit qualités : une autoévaluation",
                          "jeudi 12 novembre 2026"],
    },
}


@pytest.fixture(autouse=True)
def english_again():
    yield
    i18n.set_interface_language("en")


def _text(path: Path) -> str:
    """The words of every page, spaces of any kind made one (French prints no-break spaces)."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _english_labels(language: str) -> list[str]:
    _lang, messages = read_catalogue(translations_dir() / f"workshop_app_{language}.ts")
    return sorted({m.source for m in messages
                   if m.context == "Plans" and len(m.source.split()) >= 3 and "{" not in m.source
                   and "%n" not in m.source and m.forms and m.forms[0] != m.source})


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_demo_prints_in_the_language_asked_for(run_cli, tmp_path, language):
    out = tmp_path / "papers"
    code, listed, err = run_cli("--lang", language, "demo", "--out", str(out))
    assert code == 0, err
    papers = {path.relative_to(out).as_posix(): _text(path) for path in out.rglob("*.pdf")}
    assert set(EXPECTED[language]) <= set(papers), listed
    for name, words in EXPECTED[language].items():
        for word in words:
            assert " ".join(word.replace("\u00a0", " ").split()) in papers[name], (name, word)
    labels = _english_labels(language)
    assert len(labels) > 40  # the check below has something to find
    leaks = sorted({(name, label) for name, text in papers.items() for label in labels if label in text})
    assert not leaks, leaks[:20]


def test_the_papers_follow_the_workshop_not_the_interface(run_cli, tmp_path):
    """A German interface printing an English room's papers: English papers, German messages."""
    out = tmp_path / "papers"
    code, _listed, _err = run_cli("--lang", "en", "demo", "--out", str(out))
    assert code == 0
    i18n.set_interface_language("de")
    from workshop_app.commands.demo import sample_data
    from workshop_app.plans import write_report

    report = _text(write_report(sample_data("en"), tmp_path / "report.pdf", invariant=True))
    assert "Facilitator report" in report and "Moderationsbericht" not in report


def test_a_long_german_word_in_a_narrow_column_breaks_at_a_syllable(tmp_path):
    """The plan's ratings column is narrow: "Anpassungsfähigkeit" and "Selbsteinschätzung" break
    with a hyphen where German breaks them, never anywhere without one."""
    from workshop_app.commands.demo import sample_data
    from workshop_app.plans import write_action_plans

    result = write_action_plans(sample_data("de"), tmp_path, invariant=True, combined=False)
    first_page = PdfReader(result.participant_files[0]).pages[0].extract_text()
    lines = [line.strip() for line in first_page.splitlines()]
    assert "Anpassungsfähig-" in lines and "keit" in " ".join(lines)
    assert any(line.endswith("Selbst-") for line in lines)
    assert not any(line.endswith(("Selbsteinschä", "Anpassungsfähigkei")) for line in lines)


def test_a_short_german_word_in_a_narrow_column_is_never_cut_in_two(tmp_path):
    """Found in the German walkthrough: the report's "Rückmeldung am" heading printed as
    "Rückmeldu / ng am", the progress report's "Verworfen" as "Verworfe / n": a word too short
    to hyphenate is wider than its column. Such a column is widened from the widest one."""
    from progress_fixtures import progress_data

    from workshop_app.commands.demo import sample_data
    from workshop_app.plans import write_report
    from workshop_app.plans.api import write_progress

    report = _text(write_report(sample_data("de"), tmp_path / "report.pdf", invariant=True))
    written = {p.name: p for p in write_progress(progress_data("de"), tmp_path, invariant=True)}
    progress = _text(written["progress-report.pdf"])
    assert report.count("Rückmeldung") >= 1 and report.count("Rückmeldu") == report.count("Rückmeldung")
    for word in ("Verworfen", "Blockiert", "Erledigt"):
        assert progress.count(word) >= 1 and progress.count(word[:-1]) == progress.count(word), word
