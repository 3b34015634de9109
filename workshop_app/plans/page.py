"""The page frame every document shares, and writing a document safely to disk.

Headers and footers ("Page X of Y") are drawn once a section's last page is
known: :class:`SectionCanvas` holds the pages of the current section only
(one participant's plan in the combined file), then numbers and writes them.
In the combined file each section is padded to an even page count with a
blank page, so every plan starts on the front of a sheet when printed duplex.
The story is produced lazily (:class:`LazyStory`), one section at a time: only
the current plan's flowables and unnumbered pages are held, whatever the number
of participants (reportlab itself keeps the finished, compressed pages of a
file until it is saved).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import LayoutError, NullActionFlowable
from reportlab.platypus.flowables import HRFlowable

from workshop_app.atomic_files import temp_file_beside
from workshop_app.errors import UserError
from workshop_app.i18n import tr
from workshop_app.plans import styles as st
from workshop_app.plans.fonts import SANS, register_fonts
from workshop_app.plans.text import fitted_runs


class PlansError(UserError):
    """A document could not be written."""


class CancelledError(Exception):
    """Raised inside a build when the caller's cancel() said stop."""


@dataclass(frozen=True)
class Section:
    """What the header and footer of a section's pages show."""

    header_left: str
    header_right: str
    footer_left: str = ""


class StartSection(Flowable):
    """Zero-size marker: the pages from here on belong to ``section``."""

    def __init__(self, section: Section):
        super().__init__()
        self.section = section

    def wrap(self, *_available):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names): nothing to draw
        canvas._ws_section = self.section

    def draw(self):
        self.canv._ws_section = self.section


class EndSection(Flowable):
    """Zero-size marker: the section ends with the page this is drawn on."""

    def wrap(self, *_available):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names): nothing to draw
        canvas._ws_end = True

    def draw(self):
        self.canv._ws_end = True


@lru_cache(maxsize=256)
def _header_line(text: str, size: float, color: str, bold: bool = False,
                 max_width: float | None = None) -> tuple[list[tuple[str, str]], float]:
    """The ``(font, text)`` runs of one header or footer line (the same on every page of a
    section) and its width."""
    measured, width = fitted_runs(text, size, bold, max_width)
    return [(font, segment) for font, segment, _ in measured], width


def _draw_line(canv, x: float, y: float, runs: list[tuple[str, str]], size: float, color: str) -> None:
    """One line of runs in a text object of its own, so text extraction keeps lines apart."""
    text = canv.beginText(x, y)
    text.setFillColor(st.color(color))
    for font, segment in runs:
        text.setFont(font, size)
        text.textOut(segment)
    canv.drawText(text)


def decorate(canv, section: Section, page: int, pages: int) -> None:
    """Header with a rule, and the footer with "Page X of Y"."""
    width, height = canv.ws_pagesize
    left, right = st.MARGIN_X, width - st.MARGIN_X
    top = height - 13 * st.MM
    bottom = 11 * st.MM
    kind, kind_width = _header_line(section.header_right, 8, st.ACCENT, True, (right - left) * 0.4)
    head, _ = _header_line(section.header_left, 8, st.MUTED, False, right - left - kind_width - 12)
    label = tr("Plans", "Page {page} of {pages}").format(page=page, pages=pages)
    number, page_width = _header_line(label, 8, st.MUTED)
    canv.saveState()
    _draw_line(canv, right - kind_width, top, kind, 8, st.ACCENT)
    _draw_line(canv, left, top, head, 8, st.MUTED)
    _draw_line(canv, right - page_width, bottom, number, 8, st.MUTED)
    if section.footer_left:
        foot, _ = _header_line(section.footer_left, 8, st.MUTED, False, right - left - page_width - 12)
        _draw_line(canv, left, bottom, foot, 8, st.MUTED)
    canv.setStrokeColor(st.color(st.RULE))
    canv.setLineWidth(0.6)
    canv.line(left, top - 5, right, top - 5)
    canv.restoreState()


class Para(Paragraph):
    """A Paragraph that remembers its line breaks for the last width it was wrapped to.

    Tables and KeepTogether wrap the same paragraph several times, and each
    plan's flowables are laid out twice (its own file and the combined file):
    breaking lines once per width keeps that cheap.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        cached = self.__dict__.get("_ws_wrapped")
        if cached is not None and cached[0] == availWidth:
            self.width, self.blPara, self.height = cached[1]
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._ws_wrapped = (availWidth, (self.width, self.blPara, self.height))
        return size


class Keep(KeepTogether):
    """KeepTogether that starts a new page only if that helps: content taller than a whole
    page flows on from where it is instead of leaving the rest of this page empty.

    Measuring its content, reportlab deep-copies the frame in case a flowable adds content
    to it while wrapping; the plain flowables of :data:`PLAIN_CONTENT` never do (they are
    measured with unlimited height), so for them the copy is skipped.
    """

    def wrap(self, aW, aH):  # noqa: N803 (reportlab's names)
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is None or not all(isinstance(f, PLAIN_CONTENT) for f in self._content):
            return super().wrap(aW, aH)
        doc.frame = None
        try:
            return super().wrap(aW, aH)
        finally:
            doc.frame = frame

    def split(self, aW, aH):  # noqa: N803 (reportlab's names)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is not None and self._H > frame._height:
            return [NullActionFlowable(), *self._content]  # back into the flow, split as usual
        return super().split(aW, aH)


#: Flowables that add nothing to the frame when measured (see :class:`Keep`).
PLAIN_CONTENT: tuple[type, ...] = (Paragraph, Table, Spacer, HRFlowable, KeepTogether)


class SectionCanvas(Canvas):
    """A canvas that numbers pages per section (see the module notes)."""

    def __init__(self, *args, section: Section | None = None, pad_even: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.ws_pagesize = kwargs.get("pagesize") or st.page_size("a4")  # what decorate draws on
        self._ws_section = section or Section("", "")
        self._ws_end = False
        self._ws_pad_even = pad_even
        self._ws_pages: list[dict] = []

    def showPage(self):
        self._ws_pages.append(dict(self.__dict__))
        if self._ws_end:
            self._flush()
        else:
            self._startPage()

    def _flush(self) -> None:
        pages, current = self._ws_pages, self._ws_section
        for number, state in enumerate(pages, start=1):
            self.__dict__.update(state)
            decorate(self, state["_ws_section"], number, len(pages))
            Canvas.showPage(self)
        if self._ws_pad_even and len(pages) % 2:
            Canvas.showPage(self)  # blank back of the last sheet
        self._ws_pages = []
        self._ws_end = False
        self._ws_section = current

    def save(self):
        if self._code:  # a page still being drawn
            self.showPage()
        if self._ws_pages:
            self._flush()
        Canvas.save(self)


def reset_flow(flowables: list) -> list:
    """Undo what an earlier layout left on reused flowables (they are laid out once per file).

    reportlab marks a flowable it moved to the next page (``_postponed``) and
    zeroes ``keepWithNext`` on flowables it grouped; both are per-layout state
    that must not leak into the next file. Declared values live on the class
    or the paragraph style, so dropping the instance attributes restores them.
    """
    for flowable in flowables:
        flowable.__dict__.pop("_postponed", None)
        flowable.__dict__.pop("keepWithNext", None)
        reset_flow(getattr(flowable, "_content", None) or [])
    return flowables


class LazyStory(list):
    """A story that asks ``sections`` for the next section's flowables when it runs dry."""

    def __init__(self, sections: Iterator[list[Flowable]]):
        super().__init__()
        self._sections = sections

    def __len__(self) -> int:
        while not list.__len__(self):
            chunk = next(self._sections, None)
            if chunk is None:
                return 0
            self.extend(reset_flow(chunk))
        return list.__len__(self)


class DocTemplate(BaseDocTemplate):
    """The document template: flowables may be laid out more than once (see :class:`Para`)."""

    def handle_flowable(self, flowables):
        first = flowables[0]
        super().handle_flowable(flowables)
        if not (len(flowables) and flowables[0] is first):
            # placed or split: forget that it was once postponed, or reportlab would call it
            # "too large" the next time it has to move to a new page (in this file or the next)
            first.__dict__.pop("_postponed", None)


def _document(path: str, paper: str, invariant: bool, meta: dict) -> BaseDocTemplate:
    width, height = st.page_size(paper)
    frame = Frame(st.MARGIN_X, st.MARGIN_BOTTOM, width - 2 * st.MARGIN_X,
                  height - st.MARGIN_TOP - st.MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    return DocTemplate(
        path, pagesize=(width, height), pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=st.MARGIN_X, rightMargin=st.MARGIN_X, topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM, invariant=1 if invariant else 0, initialFontName=SANS,
        creator="workshop_app", producer="workshop_app", lang=meta.pop("lang", None) or None,
        keepTogetherClass=Keep,  # also for keepWithNext chains
        **meta)


def temp_path(out_path: Path) -> str:
    """A new empty temporary file next to ``out_path`` (an unwritable folder is named in the error)."""
    folder = out_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = temp_file_beside(out_path, suffix=".part")
    except OSError as exc:
        raise PlansError(tr("Plans", "Cannot write to the folder {folder}: {reason}").format(
            folder=folder, reason=exc.strerror or exc)) from exc
    os.close(fd)
    return name


def build_pdf(out_path: Path, story: list, *, paper: str, invariant: bool, meta: dict,
              section: Section | None = None, pad_even: bool = False,
              after_build: Callable[[str], None] | None = None) -> Path:
    """Lay out ``story`` into ``out_path`` via a temporary file, renamed only when complete.

    ``meta`` holds the PDF's title, author, subject and lang. :class:`CancelledError`
    raised from a lazy story propagates after the temporary file is removed.
    """
    register_fonts()
    out_path = Path(out_path)
    part = temp_path(out_path)
    try:
        doc = _document(part, paper, invariant, dict(meta))

        def make_canvas(*args, **kwargs):
            return SectionCanvas(*args, section=section, pad_even=pad_even, **kwargs)

        try:
            doc.build(story if isinstance(story, LazyStory) else reset_flow(story),
                      canvasmaker=make_canvas)
        except LayoutError as exc:
            raise PlansError(tr("Plans", "Could not lay out {name}: {reason}").format(
                name=out_path.name, reason=str(exc).splitlines()[0][:200])) from exc
        if after_build is not None:
            after_build(part)
        try:
            os.replace(part, out_path)
        except OSError as exc:
            raise PlansError(tr("Plans", "Cannot write {path}: {reason}").format(
                path=out_path, reason=exc.strerror or exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise
    return out_path
