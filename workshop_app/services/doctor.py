"""``workshop-app doctor``: checks that the app can run here, one line per check."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from workshop_app import platform_libs
from workshop_app.errors import UserError
from workshop_app.i18n import QT_TRANSLATE_NOOP, available_languages, catalogue, interface_language, translate
from workshop_app.paths import check_writable
from workshop_app.resources import fonts_dir, translations_dir
from workshop_app.services.context import AppContext

_QT_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "print(app.platformName())\n"
)


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_qt_platform(ctx: AppContext) -> str:
    # In a child process: Qt aborts the whole process when its platform plugin fails. The child is
    # the app itself (in a bundle, packaging/launcher.py runs ``-c``), probing the app's own Qt: it
    # keeps the app's environment, not system_programs.system_environment() (that is for programs
    # of the system, which must not load the bundle's libraries).
    try:
        proc = subprocess.run([sys.executable, "-c", _QT_PROBE], capture_output=True,
                              text=True, timeout=60)
    except subprocess.TimeoutExpired as exc:
        raise UserError(translate("doctor", "Qt did not start within 60 seconds")) from exc
    if proc.returncode == 0:
        return translate("doctor", "platform '{name}' loads").format(name=proc.stdout.strip())
    lines = [line.strip() for line in proc.stderr.splitlines() if line.strip()]
    words = ("could not", "failed", "needed")
    telling = [line for line in lines if any(word in line.lower() for word in words)]
    qt_says = "; ".join(telling[:3] or lines[-1:] or [translate("doctor", "no message")])
    missing = platform_libs.missing_libraries()
    if missing:  # named with the packages to install, and Qt's own words kept
        problem = platform_libs.problem(missing)
        raise UserError(" ".join([str(problem), "; ".join(problem.details),
                                  translate("doctor", "(Qt: {msg})").format(msg=qt_says)]))
    raise UserError(translate("doctor", "the Qt platform plugin did not load: {msg} (on a machine "
                                        "without a display, try "
                                        "QT_QPA_PLATFORM=offscreen)").format(msg=qt_says))


def check_fonts(ctx: AppContext) -> str:
    folder = fonts_dir()
    fonts = sorted(folder.glob("*.ttf"))
    if not fonts:
        raise UserError(translate("doctor", "no fonts found in {path}").format(path=folder))
    for font in fonts:
        with font.open("rb") as fh:
            if fh.read(4) not in (b"\x00\x01\x00\x00", b"true"):
                raise UserError(translate("doctor", "{path} is not a TrueType font").format(path=font))
    return translate("doctor", "{n} fonts in {path}").format(n=len(fonts), path=folder)


def check_packs(ctx: AppContext) -> str:
    packs = [p for p in ctx.library.packs() if p.builtin]
    problems = ctx.library.problems()
    if problems:
        raise UserError("; ".join(str(p) for p in problems))
    if not packs:
        raise UserError(translate("doctor", "no built-in exercise pack found"))
    count = sum(len(p.exercises) for p in packs)
    return translate("doctor", "{packs} built-in pack(s), {exercises} exercises, all valid").format(
        packs=len(packs), exercises=count)


def check_languages(ctx: AppContext) -> str:
    """The languages the app speaks (a catalogue that loads) and those of the built-in packs."""
    languages = available_languages()
    broken = [code for code in languages[1:] if catalogue(code) is None]
    if broken:
        raise UserError(translate("doctor", "cannot read the translations of {languages} in {path}").format(
            languages=", ".join(broken), path=translations_dir()))
    packs = sorted({p.language for p in ctx.library.packs() if p.builtin})
    return translate("doctor", "{languages} (this interface: {current}); built-in exercises in "
                               "{packs}").format(languages=", ".join(languages), current=interface_language(),
                                                 packs=", ".join(packs))


def check_data_dir(ctx: AppContext) -> str:
    ctx.data_dir.ensure()
    check_writable(ctx.data_dir.root)
    return translate("doctor", "{path} is writable").format(path=ctx.data_dir.root)


def check_database(ctx: AppContext) -> str:
    problems = ctx.store.integrity_check()
    if problems:
        raise UserError(translate("doctor", "{path}: {problems}").format(
            path=ctx.data_dir.database, problems="; ".join(problems)))
    return translate("doctor", "{path} passes quick_check").format(path=ctx.data_dir.database)


#: Programs some tests use (each such test is skipped, saying so, without its program) and the
#: Debian package that has each: the phone page in a real browser, the QR codes decoded, the CSV
#: opened in a spreadsheet, the bundle's window under a virtual display.
TEST_TOOLS = (("chromium", "chromium"), ("chromedriver", "chromium-driver"), ("zbarimg", "zbar-tools"),
              ("soffice", "libreoffice-calc-nogui"), ("Xvfb", "xvfb"), ("xdotool", "xdotool"))


def check_test_tools(ctx: AppContext) -> str:
    """Which programs the tests use are here; a missing one only skips its tests (never a failure)."""
    import shutil

    missing = [package for program, package in TEST_TOOLS if shutil.which(program) is None]
    if not missing:
        return translate("doctor", "all found ({programs})").format(
            programs=", ".join(program for program, _package in TEST_TOOLS))
    return translate("doctor", "the tests that need them are skipped without: sudo apt install {packages}"
                     ).format(packages=" ".join(dict.fromkeys(missing)))


CHECKS: tuple[tuple[str, Callable[[AppContext], str]], ...] = (
    (QT_TRANSLATE_NOOP("doctor", "Qt platform plugin"), check_qt_platform),
    (QT_TRANSLATE_NOOP("doctor", "fonts"), check_fonts),
    (QT_TRANSLATE_NOOP("doctor", "built-in packs"), check_packs),
    (QT_TRANSLATE_NOOP("doctor", "languages"), check_languages),
    (QT_TRANSLATE_NOOP("doctor", "data folder"), check_data_dir),
    (QT_TRANSLATE_NOOP("doctor", "database"), check_database),
    (QT_TRANSLATE_NOOP("doctor", "programs for the tests"), check_test_tools),
)


def run_checks(ctx: AppContext) -> list[CheckResult]:
    results = []
    for name, check in CHECKS:
        try:
            results.append(CheckResult(translate("doctor", name), True, check(ctx)))
        except UserError as exc:
            results.append(CheckResult(translate("doctor", name), False, str(exc)))
        except Exception as exc:  # a check must report, never crash the doctor
            results.append(CheckResult(translate("doctor", name), False, f"{type(exc).__name__}: {exc}"))
    return results
