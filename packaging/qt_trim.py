"""What the bundle leaves out of PySide6 (and Pillow), shared by workshop-app.spec and
pyinstaller_hooks/.

The app imports QtCore, QtGui, QtWidgets, QtPrintSupport (the printer list) and QtNetwork
(QLocalServer) only (``grep -rn PySide6 workshop_app``).
"""

from __future__ import annotations

import fnmatch

# Qt modules the app never imports. PyInstaller's hooks collect only what is imported, but
# listing them keeps an import added by accident from dragging in QML, a browser engine or
# multimedia with all their libraries.
UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)

# Pillow reads the pack pictures (plans/markdown.py: png, jpeg, gif, bmp, webp, the formats of
# model/pictures.PICTURE_FORMATS) and reportlab draws them through it. Never used: AVIF (its
# codec library alone is 5 MB), colour management (ImageCms, only for "LAB" conversions), Tk.
# Pillow imports its format plugins inside try/except ImportError, so leaving these out only
# drops the formats.
UNUSED_PILLOW_MODULES = (
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk",
    "PIL.ImageTk",
)

# Files PyInstaller would collect that this app cannot use: patterns on the path inside the
# bundle (always with "/"). Kept on purpose: platforms xcb, wayland, offscreen and minimal;
# platformthemes/xdgdesktopportal (native file dialogs through the desktop portal); input
# contexts compose and ibus (typing accents and non-Latin scripts); iconengines/qsvgicon and
# imageformats/qsvg with libQt6Svg (QIcon("workshop-app.svg") goes through them); gif, ico and
# jpeg; the xcb GL integrations and the wayland client plugins; the qtbase translations (app.py
# loads qtbase_<locale>.qm for the texts of Qt's own dialogs).
UNWANTED = (
    # Full-screen platforms without a window system (embedded devices, kiosks, VNC) and the
    # plugins and libraries that exist only for them.
    "*/plugins/platforms/*qeglfs*", "*/plugins/platforms/*qminimalegl*",
    "*/plugins/platforms/*qlinuxfb*", "*/plugins/platforms/*qvnc*",
    "*/plugins/platforms/*qvkkhrdisplay*", "*/plugins/egldeviceintegrations/*",
    "*/plugins/generic/*", "*/libQt6EglFS*", "*/libQt6EglFs*",
    # The GTK3 theme plugin links GTK, which the bundle cannot ship (it is the desktop's), but
    # PyInstaller would bundle pango, cairo, atk and gdk-pixbuf from the build machine for it,
    # and those clash with the desktop's GTK at run time. Without it Qt uses its Fusion style.
    "*/plugins/platformthemes/*qgtk3*",
    # Image formats the app never reads or writes.
    "*/plugins/imageformats/*qicns*", "*/plugins/imageformats/*qpdf*",
    "*/plugins/imageformats/*qtga*", "*/plugins/imageformats/*qtiff*",
    "*/plugins/imageformats/*qwbmp*", "*/plugins/imageformats/*qwebp*",
    # On-screen keyboard (needs QtQuick) and the compositor side of wayland.
    "*/plugins/platforminputcontexts/*qtvirtualkeyboard*",
    "*/plugins/wayland-graphics-integration-server/*",
    # QtNetwork is used only for QLocalServer (one window per data folder): no TLS, no
    # network-information backends.
    "*/plugins/tls/*", "*/plugins/networkinformation/*",
    # Translations of Qt Help, which the app does not use.
    "*/translations/qt_help_*.qm",
)


def unwanted(dest: str) -> bool:
    """True when the file at ``dest`` (a path inside the bundle) is left out."""
    dest = "/" + dest.replace("\\", "/").lstrip("/")
    return any(fnmatch.fnmatch(dest, pattern) for pattern in UNWANTED)


def keep(toc: list) -> list:
    """The entries of a PyInstaller TOC (or hook ``binaries``/``datas`` list) that stay."""
    return [entry for entry in toc if not unwanted(_dest(entry))]


def _dest(entry) -> str:
    # Analysis TOCs hold (dest_name, src, typecode); hooks return (src, dest_dir).
    if len(entry) == 3:
        return entry[0]
    src, dest_dir = entry
    return f"{dest_dir}/{src.replace(chr(92), '/').rsplit('/', 1)[-1]}"
