"""PyInstaller's own QtGui hook, less the plugins listed in packaging/qt_trim.py.

Filtering here, before PyInstaller analyses the plugins' shared-library dependencies, also keeps
out the libraries that only those plugins need (for the GTK3 theme: pango, cairo, atk...).
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import keep  # packaging/ is on sys.path: workshop-app.spec puts it there

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep(binaries)
datas = keep(datas)
