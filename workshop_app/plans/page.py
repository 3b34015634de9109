"""The page frame every document shares, and writing a document safely to disk.

Headers and footers ("Page X of Y") are numbered per section (one participant's plan in
the combined file) with reportlab's public canvas API only: each page draws its number as
a PDF form (``doForm``), and :class:`SectionCanvas` defines those forms once the section's
last page is shown and its page count known. In the combined file each section is padded
to an even page count with a blank page, so every plan starts on the front of a sheet when
printed duplex. The story is produced lazily (:class:`LazyStory`), one section at a time:
only the current plan's flowables are held, whatever the number of participants
(reportlab itself keeps the finished, compressed pages of a file until it is saved).

reportlab marks the flowables it lays out (postponed, grouped), so a flowable is laid out
in one document only: each file gets a story of its own.
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
)
from reportlab.platypus.doctemplate import FrameBreak, LayoutError, NullActionFlowable

from workshop_app.atomic_files import temp_file_beside
from workshop_app.errors import UserError
from workshop_app.i18n import translate
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
        canvas.start_section(self.section)


class EndSection(Flowable):
    """Zero-size marker: the section ends with the page this is drawn on."""

    def wrap(self, *_available):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names): nothing to draw
        canvas.end_section()


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


def decorate(canv, section: Section, footer_form: str) -> None:
    """The header with its rule; the footer is the form ``footer_form`` (see :func:`draw_footer`)."""
    width, height = canv.ws_pagesize
    left, right = st.MARGIN_X, width - st.MARGIN_X
    top = height - 13 * st.MM
    kind, kind_width = _header_line(section.header_right, 8, st.ACCENT, True, (right - left) * 0.4)
    head, _ = _header_line(section.header_left, 8, st.MUTED, False, right - left - kind_width - 12)
    canv.saveState()
    _draw_line(canv, right - kind_width, top, kind, 8, st.ACCENT)
    _draw_line(canv, left, top, head, 8, st.MUTED)
    canv.doForm(footer_form)
    canv.setStrokeColor(st.color(st.RULE))
    canv.setLineWidth(0.6)
    canv.line(left, top - 5, right, top - 5)
    canv.restoreState()


def draw_footer(canv, section: Section, page: int, pages: int) -> None:
    """The footer: "Page X of Y" on the right, the section's note on the left."""
    width, _ = canv.ws_pagesize
    left, right = st.MARGIN_X, width - st.MARGIN_X
    bottom = 11 * st.MM
    label = translate("Plans", "Page {page} of {pages}").format(page=page, pages=pages)
    number, page_width = _header_line(label, 8, st.MUTED)
    _draw_line(canv, right - page_width, bottom, number, 8, st.MUTED)
    if section.footer_left:
        foot, _ = _header_line(section.footer_left, 8, st.MUTED, False, right - left - page_width - 12)
        _draw_line(canv, left, bottom, foot, 8, st.MUTED)


class Keep(KeepTogether):
    """KeepTogether that starts a new page only if that helps: content taller than a whole
    page (the canvas's ``ws_room``) flows on from where it is instead of leaving the rest of
    this page empty. ``flowables`` are the content as given; all but the last lose their
    ``keepWithNext`` (as in a keep-with-next chain reportlab joins): they are kept together
    here, and when the block goes back into the flow it is not measured again as a chain."""

    def __init__(self, flowables: list[Flowable]):
        super().__init__(flowables)
        self.flowables = list(flowables)
        for flowable in self.flowables[:-1]:
            if flowable.getKeepWithNext():
                flowable.keepWithNext = 0

    def split(self, aW, aH):  # noqa: N803 (reportlab's names)
        parts = super().split(aW, aH)  # the content, after a FrameBreak() if it wants a new page
        room = getattr(self.canv, "ws_room", None)
        if parts and isinstance(parts[0], type(FrameBreak)) and self._taller_than(room, aW):
            return [NullActionFlowable(), *parts[1:]]  # back into the flow, split as usual
        return parts

    def _taller_than(self, room: float | None, width: float) -> bool:
        """Whether the content needs more than ``room`` points (measured only when reportlab
        would start a new page for it)."""
        if room is None:
            return False
        height = 0.0
        for i, flowable in enumerate(self.flowables):
            height += flowable.wrapOn(self.canv, width, 0x7FFFFFFF)[1] + flowable.getSpaceAfter()
            if i:
                height += flowable.getSpaceBefore()
            if height > room:
                return True
        return False


class SectionCanvas(Canvas):
    """A canvas that numbers pages per section (see the module notes).

    ``room`` is the height of the document's frame (for :class:`Keep`)."""

    def __init__(self, *args, section: Section | None = None, pad_even: bool = False,
                 room: float | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.ws_pagesize = kwargs.get("pagesize") or st.page_size("a4")  # what decorate draws on
        self.ws_room = room
        self.section = section or Section("", "")
        self.pad_even = pad_even
        self.ending = False
        self.footers: list[tuple[str, Section]] = []  # this section's pages: footer form, section

    def start_section(self, section: Section) -> None:
        self.section = section

    def end_section(self) -> None:
        """The section ends with the current page."""
        self.ending = True

    def showPage(self):  # noqa: N802 (reportlab's name)
        name = f"ws_footer_{self.getPageNumber()}"
        self.footers.append((name, self.section))
        decorate(self, self.section, name)
        super().showPage()
        if self.ending:
            self.number_section()

    def number_section(self) -> None:
        """Define the footers of the section's pages, now that their count is known."""
        pages = len(self.footers)
        for number, (name, section) in enumerate(self.footers, start=1):
            self.beginForm(name)
            draw_footer(self, section, number, pages)
            self.endForm()
        if self.pad_even and pages % 2:
            super().showPage()  # blank back of the last sheet
        self.footers = []
        self.ending = False

    def save(self):
        if self.footers:  # the document ended inside a section
            self.number_section()
        super().save()


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
            self.extend(chunk)
        return list.__len__(self)


def _document(path: str, paper: str, invariant: bool, meta: dict) -> BaseDocTemplate:
    width, height = st.page_size(paper)
    frame = Frame(st.MARGIN_X, st.MARGIN_BOTTOM, width - 2 * st.MARGIN_X,
                  st.frame_height(paper), leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    return BaseDocTemplate(
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
        raise PlansError(translate("Plans", "Cannot write to the folder {folder}: {reason}").format(
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
            return SectionCanvas(*args, section=section, pad_even=pad_even, room=st.frame_height(paper),
                                 **kwargs)

        try:
            doc.build(story, canvasmaker=make_canvas)
        except LayoutError as exc:
            raise PlansError(translate("Plans", "Could not lay out {name}: {reason}").format(
                name=out_path.name, reason=str(exc).splitlines()[0][:200])) from exc
        if after_build is not None:
            after_build(part)
        try:
            os.replace(part, out_path)
        except OSError as exc:
            raise PlansError(translate("Plans", "Cannot write {path}: {reason}").format(
                path=out_path, reason=exc.strerror or exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise
    return out_path
