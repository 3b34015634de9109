"""Text documents that never open a file or a URL: pictures come only from a pack's assets.

Qt's own ``QTextDocument`` (and so every ``QTextEdit``, ``QTextBrowser`` and
rich-text label) opens whatever file a picture names: ``![x](/etc/passwd)``
shows a local file, ``/dev/zero`` eats memory until the app aborts and a named
pipe hangs it. When no picture comes back, Qt even tries to load the name
itself. A :class:`SafeDocument` answers every request: a picture from the
pack's ``assets/`` (archive members already read in memory under the pack
caps), bounded in bytes and pixels and checked before decoding, or a small
placeholder. Style sheets and anything else are never loaded.

Every text view showing pack or user text gets one through :func:`safe_view`, and
Markdown reaches it through :func:`set_markdown`: the one parser the PDFs use too
(``model/markdown.py``), raw HTML off, as HTML the document shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QTextDocument
from PySide6.QtWidgets import QTextEdit

from workshop_app.model.pictures import MAX_PICTURE_BYTES, MAX_PICTURE_SIDE, PICTURE_FORMATS, pack_member

#: Most pixels decoded for one pack, all pictures together (memory stays bounded).
MAX_TOTAL_PIXELS = 2 * MAX_PICTURE_SIDE * MAX_PICTURE_SIDE

Assets = Mapping[str, bytes]


def asset_name(url: QUrl) -> str | None:
    """The archive member (``assets/x.png``) a picture URL names, or None if it names anything else."""
    if not url.isValid() or url.scheme() or url.host() or url.hasQuery():
        return None
    return pack_member(url.toString())


def decode_picture(data: bytes, budget: int = MAX_TOTAL_PIXELS) -> QImage | None:
    """The picture in ``data``, or None when it is too big, of another kind or damaged."""
    if len(data) > MAX_PICTURE_BYTES:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(4 * MAX_PICTURE_SIDE * MAX_PICTURE_SIDE // (1024 * 1024) + 1)
    if bytes(reader.format().data()).decode("ascii", "replace").lower() not in PICTURE_FORMATS:
        return None
    size = reader.size()
    if (not size.isValid() or size.width() > MAX_PICTURE_SIDE or size.height() > MAX_PICTURE_SIDE
            or size.width() * size.height() > budget):
        return None
    image = reader.read()
    return None if image.isNull() else image


class PackPictures:
    """The pictures of one pack, from its assets (a mapping, or a function giving it on first use)."""

    def __init__(self, assets: Assets | Callable[[], Assets]):
        self._assets = assets
        self._decoded: dict[str, QImage | None] = {}
        self._pixels = 0

    def assets(self) -> Assets:
        if callable(self._assets):
            self._assets = self._assets()
        return self._assets

    def image(self, url: QUrl) -> QImage | None:
        name = asset_name(url)
        if name is None:
            return None
        if name not in self._decoded:
            data = self.assets().get(name)
            image = None if data is None else decode_picture(data, MAX_TOTAL_PIXELS - self._pixels)
            if image is not None:
                self._pixels += image.width() * image.height()
            self._decoded[name] = image
        return self._decoded[name]


_placeholder: QImage | None = None


def placeholder() -> QImage:
    """What stands in for a picture that is not shown: a small grey frame."""
    global _placeholder
    if _placeholder is None:
        image = QImage(32, 24, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setPen(QColor(128, 128, 128))
        painter.drawRect(0, 0, 31, 23)
        painter.drawLine(0, 23, 31, 0)
        painter.end()
        _placeholder = image
    return _placeholder


class SafeDocument(QTextDocument):
    """A text document whose resources come only from :attr:`pictures` (or are a placeholder)."""

    def __init__(self, parent=None, pictures: PackPictures | None = None):
        super().__init__(parent)
        self.pictures = pictures

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        if int(kind) != QTextDocument.ResourceType.ImageResource.value:
            return None  # style sheets, markdown, HTML: never loaded
        image = self.pictures.image(url) if self.pictures is not None else None
        if image is None:
            image = placeholder()  # never null: Qt would then open the name itself
        self.addResource(kind, url, image)
        return image


def safe_view(view: QTextEdit, pictures: PackPictures | None = None) -> QTextEdit:
    """Give a QTextEdit/QTextBrowser a :class:`SafeDocument` (owned by the view); returns the view."""
    document = SafeDocument(view, pictures)
    document.setDefaultFont(view.font())
    view.setDocument(document)
    return view


def set_pictures(view: QTextEdit, pictures: PackPictures | None) -> None:
    """The pack whose pictures a view made by :func:`safe_view` shows next."""
    document = view.document()
    assert isinstance(document, SafeDocument), "a text view made without safe_view"
    document.pictures = pictures


NARROW_NO_BREAK_SPACE = "\u202f"


def set_markdown(document: QTextDocument, text: str) -> None:
    """Show pack Markdown in a document made by :func:`safe_view` (the parser loads on first use)."""
    from workshop_app.model.markdown import to_html

    assert isinstance(document, SafeDocument), "a text view made without safe_view"
    # Qt's HTML reader takes the narrow no-break space French puts before ? ! ; for a space it may
    # break at ("semaine" / "?" on two lines): the no-break space it keeps is one.
    document.setHtml(to_html(text).replace(NARROW_NO_BREAK_SPACE, "\u00a0"))
