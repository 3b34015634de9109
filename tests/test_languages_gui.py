"""Two language choices in the window: the interface language (the facilitator's, changed in the
settings dialog while the app runs, nothing typed lost) and the workshop's language (what the
room sees on the projector, whatever the window shows).

The words checked are the shipped German and French catalogues' own: a test that looked them up
would pass with an empty catalogue.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_run_helpers import make_workshop

from workshop_app import i18n
from workshop_app.gui.settings import INTERFACE_LANGUAGE

from gui_helpers import activate

KEY = Qt.Key


@pytest.fixture(autouse=True)
def english_again():
    yield
    from workshop_app.gui.languages import install_interface_language

    install_interface_language("en")


def sidebar(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def choose_language(window, qtbot, letters: str) -> None:
    """Ctrl+, opens the settings; typing a language's first letters picks it; Enter applies it."""
    activate(window)
    QTest.keySequence(window, "Ctrl+,")
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None
                    and window.settings_dialog.isVisible())
    dialog = window.settings_dialog
    activate(dialog)  # as a desktop does with a dialog that opens
    combo = dialog.language
    qtbot.waitUntil(combo.hasFocus)  # the first field has the keys
    qtbot.keyClicks(combo, letters)
    qtbot.keyClick(combo, KEY.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_window_changes_language_while_it_runs_and_keeps_what_was_typed(main_window, qtbot, ctx):
    wid, _items = make_workshop(ctx)
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("plan")
    plan = main_window.pages["plan"]
    title = plan.details.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Kick-off Lager Nord")  # not saved yet: the autosave waits a second
    assert ctx.store.get_workshop(wid).title != "Kick-off Lager Nord"
    assert sidebar(main_window) == ["Workshops", "Library", "Actions", "Plan", "Run", "Wrap-up",
                                    "Check-in"]

    choose_language(main_window, qtbot, "Deu")
    qtbot.waitUntil(lambda: sidebar(main_window)[1] == "Bibliothek")
    assert sidebar(main_window) == ["Workshops", "Bibliothek", "Maßnahmen", "Planung", "Durchführung",
                                    "Abschluss", "Folgetermine"]
    assert main_window.settings.value(INTERFACE_LANGUAGE) == "de"
    assert i18n.interface_language() == "de"
    # what was typed is stored and shown again, on the same page of the same workshop
    assert ctx.store.get_workshop(wid).title == "Kick-off Lager Nord"
    assert main_window.current_page() == "plan" and main_window.workshop_id == wid
    assert main_window.pages["plan"].details.title.text() == "Kick-off Lager Nord"
    assert main_window.pages["plan"] is not plan

    choose_language(main_window, qtbot, "Fr")
    qtbot.waitUntil(lambda: sidebar(main_window)[1] == "Bibliothèque")
    assert sidebar(main_window) == ["Ateliers", "Bibliothèque", "Actions", "Préparation", "Animation",
                                    "Clôture", "Suivi"]

    choose_language(main_window, qtbot, "En")
    qtbot.waitUntil(lambda: sidebar(main_window)[1] == "Library")
    assert main_window.settings.value(INTERFACE_LANGUAGE) == "en"


def test_the_console_speaks_the_facilitators_language_and_the_projector_the_rooms(main_window, qtbot, ctx):
    from workshop_app.gui.languages import install_interface_language

    wid, items = make_workshop(ctx)
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")
    first = main_window.pages["run"]
    first._act(lambda: first.session.go_to(1))  # an exercise with steps
    first.toggle_projector()
    main_window.change_interface_language("de")  # a German facilitator...
    run = main_window.pages["run"]
    qtbot.waitUntil(lambda: run.projector_shown())  # the projector came back with the page
    assert run.attribution.text() == "Namen auf Karten"
    run.refresh_time()
    assert "Step 1 of" in run.projector.visible_text()  # ...running an English room

    ctx.store.update_workshop(replace(ctx.store.get_workshop(wid), language="fr"))
    main_window.hub.workshopChanged.emit(wid)  # ...then a French one
    qtbot.waitUntil(lambda: "Étape 1 sur" in (run.refresh_time() or run.projector.visible_text()))
    assert "Step 1 of" not in run.projector.visible_text()
    assert run.attribution.text() == "Namen auf Karten"  # the console stays German

    install_interface_language("fr")  # the interface language does not change the room's
    main_window.change_interface_language("fr")
    run = main_window.pages["run"]
    qtbot.waitUntil(lambda: run.projector_shown())
    run.refresh_time()
    assert "Étape 1 sur" in run.projector.visible_text()
    assert run.attribution.text() != "Names on cards"


def test_french_punctuation_stays_on_its_words_line_on_screen(qtbot):
    """"semaine ?" with French typography's narrow no-break space: never "?" alone on a line,
    in the console's and the projector's prompt (pack Markdown shown as HTML)."""
    from PySide6.QtWidgets import QTextBrowser

    from workshop_app.gui.safe_document import safe_view, set_markdown

    view = safe_view(QTextBrowser())
    qtbot.addWidget(view)
    sentence = "Lesquelles reconnaissez-vous dans votre semaine\u202f?"
    set_markdown(view.document(), sentence)
    document = view.document()
    full = document.idealWidth()
    for cut in range(2, 40, 2):  # every width that wraps the last word
        document.setTextWidth(full - cut)
        block = document.firstBlock()
        layout = block.layout()
        lines = [block.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()].strip()
                 for i in range(layout.lineCount())]
        assert "?" not in lines, (cut, lines)


def test_the_consoles_bar_cuts_no_label_in_a_longer_language(main_window, qtbot, ctx):
    """At a laptop's 1280 pixels, the German bar moves the projector's look to a row of its own
    instead of cutting "Namen auf Karten"; English keeps one row."""
    wid, _items = make_workshop(ctx)
    main_window.hub.workshopOpened.emit(wid)
    main_window.resize(1280, 800)
    main_window.show_page("run")
    run = main_window.pages["run"]
    qtbot.waitUntil(lambda: run.isVisible())
    assert run.bar.indexOf(run.attribution) >= 0  # English: one row

    main_window.change_interface_language("de")
    run = main_window.pages["run"]
    qtbot.waitUntil(lambda: run.isVisible() and run.look_bar.indexOf(run.attribution) >= 0)
    qtbot.waitUntil(lambda: run.attribution.width() >= run.attribution.sizeHint().width())
    for widget in (run.run_button, run.reveal_button, run.attribution, run.contrast, run.sound):
        assert widget.width() >= widget.sizeHint().width(), widget.text()


def test_a_half_typed_action_and_a_search_survive_a_change_of_language(main_window, qtbot, ctx):
    """Found in the German walkthrough: an action typed in the Run page's entry (not yet given
    Enter) and the Actions page's search were gone once the window showed French."""
    wid, items = make_workshop(ctx)
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")
    run = main_window.pages["run"]
    at = next(i for i, item in enumerate(items)
              if (item.exercise or {}).get("capture", {}).get("type") == "actions")
    run._act(lambda: run.session.go_to(at))
    run.capture.main.entry.setFocus()
    qtbot.keyClicks(run.capture.main.entry, "Weekly handover with logistics")
    main_window.show_page("actions")
    search = main_window.pages["actions"].search
    search.setFocus()
    qtbot.keyClicks(search, "handover")
    main_window.show_page("run")

    choose_language(main_window, qtbot, "Fr")
    qtbot.waitUntil(lambda: sidebar(main_window)[1] == "Bibliothèque")
    assert ctx.store.list_actions(wid) == []  # still a draft: not stored by the change
    assert main_window.pages["run"].capture.main.entry.text() == "Weekly handover with logistics"
    main_window.show_page("actions")
    assert main_window.pages["actions"].search.text() == "handover"


def test_the_timers_buttons_are_not_cut_in_german_at_a_laptops_width(main_window, qtbot, ctx):
    """Found in the German walkthrough: at 1280 pixels the step timer's "Neustart" printed as
    "Neustar" (the row under the countdown needed more room than the page's middle column has)."""
    wid, _items = make_workshop(ctx)
    main_window.hub.workshopOpened.emit(wid)
    main_window.resize(1280, 800)
    main_window.show_page("run")
    main_window.change_interface_language("de")
    run = main_window.pages["run"]
    qtbot.waitUntil(run.isVisible)
    panel = run.step_panel
    assert panel.reset_button.text() == "Neustart"
    for button in (panel.start_button, panel.reset_button, panel.plus1, panel.plus5):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_ok_on_the_untouched_settings_keeps_the_language_the_command_line_chose(main_window, qtbot, ctx):
    """Found in the German walkthrough: started with ``--lang de`` (nothing saved), the settings
    dialog offers "System default (English)"; OK without a change turned the window English."""
    main_window.change_interface_language("de")  # what --lang de does at start, nothing saved
    assert not main_window.settings.value(INTERFACE_LANGUAGE)
    activate(main_window)
    QTest.keySequence(main_window, "Ctrl+,")
    qtbot.waitUntil(lambda: getattr(main_window, "settings_dialog", None) is not None
                    and main_window.settings_dialog.isVisible())
    dialog = main_window.settings_dialog
    activate(dialog)
    assert dialog.language.currentText() == "Deutsch"  # what the window shows
    qtbot.keyClick(dialog.language, KEY.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.wait(10)  # a change of language would be applied now (after the dialog's click)
    assert sidebar(main_window)[1] == "Bibliothek" and i18n.interface_language() == "de"
    assert not main_window.settings.value(INTERFACE_LANGUAGE)


def test_the_settings_offer_the_language_shown_even_when_another_is_saved(main_window, qtbot, ctx):
    """Saved French, started with ``--lang de``: the dialog shows Deutsch, and picking
    Français applies it (it was preselected and OK did nothing)."""
    main_window.settings.setValue(INTERFACE_LANGUAGE, "fr")
    main_window.change_interface_language("de")
    choose_language(main_window, qtbot, "Fr")
    qtbot.waitUntil(lambda: sidebar(main_window)[1] == "Bibliothèque")
    assert main_window.settings.value(INTERFACE_LANGUAGE) == "fr"
