"""Every user-visible string can be extracted by ``pyside6-lupdate``, with its context.

The test runs the real tool over the package, as a translator's workflow would, and reads the
``.ts`` it writes: a message in the empty context (lupdate did not see the context, e.g. a
``tr("Plans", "text")`` it read as source "Plans" with comment "text"), or a ``%n`` message not
marked as a plural, would reach translators broken. A plural is then translated for real: a
German catalogue built with ``pyside6-lrelease`` gives "1 Punkt" and "5 Punkte".
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import workshop_app
from workshop_app import i18n

PACKAGE = Path(workshop_app.__file__).parent
#: lupdate finds about 1,600 messages (1,427 before the package was written in forms it reads,
#: 516 of them without their context); far fewer means the scan broke (a file it cannot open,
#: a parse that stops early).
MIN_MESSAGES = 1500


def _tool(name: str) -> str | None:
    beside_python = Path(sys.executable).with_name(name)
    return str(beside_python) if beside_python.exists() else shutil.which(name)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> ET.Element:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("lupdate") / "workshop_app.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
                   check=True, capture_output=True, text=True)
    return ET.parse(ts).getroot()


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _where(message: ET.Element) -> str:
    location = message.find("location")
    place = f"{location.get('filename')}:{location.get('line')}" if location is not None else "?"
    return f"{place}: {message.findtext('source')!r}"


def test_every_message_has_its_context(catalogue):
    contexts = {name for name, _message in _messages(catalogue) if name}
    lost = [_where(m) for name, m in _messages(catalogue) if not name]
    # a context read as the source text: translate("Plans", "Plans", "text")-like misreads
    misread = [_where(m) for name, m in _messages(catalogue)
               if m.findtext("source") in contexts and m.findtext("comment")]
    assert not lost, f"{len(lost)} messages without a context:\n" + "\n".join(lost[:40])
    assert not misread, "context names read as source text:\n" + "\n".join(misread[:40])


def _contexts_in_the_code() -> set[str]:
    """Class names (``self.tr``), i18n's Context names and every literal context passed to
    ``translate``/``QT_TRANSLATE_NOOP``: the contexts Qt looks messages up in at run time."""
    known = {name for name, value in vars(i18n).items() if isinstance(value, i18n.Context)}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP"):
                    known.add(node.args[0].value)
    return known


def test_every_context_is_one_the_code_translates_in(catalogue):
    """lupdate names the context after what stands before ``.tr``: ``parent.tr("Save")`` lands in
    "parent", which Qt never asks for (it asks the parent's class name)."""
    known = _contexts_in_the_code()
    strays = sorted({f"{name}: {_where(m)}" for name, m in _messages(catalogue) if name not in known})
    assert not strays, "contexts Qt never looks up:\n" + "\n".join(strays[:40])


def test_every_count_is_a_plural(catalogue):
    singular = [f"{name}: {_where(m)}" for name, m in _messages(catalogue)
                if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"]
    assert not singular, "%n messages lupdate did not mark as plural:\n" + "\n".join(singular)


def test_the_whole_package_was_scanned(catalogue):
    messages = list(_messages(catalogue))
    assert len(messages) >= MIN_MESSAGES
    files = {m.find("location").get("filename") for _name, m in messages if m.find("location") is not None}
    # the layers outside the GUI are in it: PDF labels, storage and pack errors, command line, doctor
    for part in ("plans/", "storage/", "packs/", "commands/", "services/doctor.py", "model/"):
        assert any(part in f for f in files), part


def test_plural_contexts_are_named_as_they_are_read():
    """lupdate takes a plural's context from the name before ``.tr``: it must be the same string."""
    contexts = {attr: value for attr, value in vars(i18n).items() if isinstance(value, i18n.Context)}
    assert contexts
    assert {attr: value.name for attr, value in contexts.items()} == {attr: attr for attr in contexts}


GERMAN_DOTS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Plans</name>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german_dots(tmp_path, monkeypatch):
    """A catalogue folder holding only the small German catalogue above, as the app's."""
    from workshop_app import resources

    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "workshop_app_de.ts"
    ts.write_text(GERMAN_DOTS, encoding="utf-8")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    i18n.available_languages.cache_clear()
    i18n.catalogue.cache_clear()
    yield
    i18n.set_interface_language("en")
    i18n.available_languages.cache_clear()
    i18n.catalogue.cache_clear()


def test_a_plural_is_translated_with_its_forms(catalogue, german_dots):
    from workshop_app.model import CAPTURE_TYPES
    from workshop_app.plans.formatting import dots_label

    extracted = {(name, m.findtext("source")): m.get("numerus") for name, m in _messages(catalogue)}
    assert extracted[("Plans", "%n dots")] == "yes" and ("Model", "Notes") in extracted
    assert i18n.available_languages() == ["en", "de"]
    with i18n.in_language("de-CH"):  # a regional code prints in its language
        assert i18n.Plans.tr("%n dots", None, 1) == "1 Punkt"
        assert i18n.Plans.tr("%n dots", None, 5) == "5 Punkte"
        assert [dots_label(1), dots_label(5)] == ["1 Punkt", "5 Punkte"]
        assert i18n.translate("Model", CAPTURE_TYPES["notes"]) == "Notizen"
        assert i18n.translate("Model", "Cards") == "Cards"  # not in the catalogue: the source
    assert dots_label(5) == "5 dots"  # the interface stayed English
    i18n.set_interface_language("de_DE.UTF-8")
    assert dots_label(5) == "5 Punkte"
    with i18n.in_language("en"):  # an English room's papers from a German window
        assert dots_label(5) == "5 dots"
    with i18n.in_language("es"):  # no Spanish catalogue: English
        assert dots_label(5) == "5 dots"
