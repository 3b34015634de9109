"""The pack's own fields: title, id, version, author, language, licence, description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.gui.pack_editor.forms import add_row, form_layout, hint, markdown_hint
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.services.pack_editing import Path_


class PackForm(QScrollArea):
    def __init__(self, session: PackSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.binder = Binder(session, lambda: (), self)
        b = self.binder
        heading = QLabel(self.tr("Pack details"))
        heading.setObjectName("sectionHeading")
        self.title = b.line(("title",), self.tr("Pack title"), self.tr("For example: Team basics"))
        self.id = b.line(("id",), self.tr("Pack id"), self.tr("made from the title, such as team-basics"))
        self.version = b.line(("version",), self.tr("Version"), "1.0.0")
        self.author = b.line(("author",), self.tr("Author"), self.tr("Who wrote it"))
        self.language = b.line(("language",), self.tr("Language code"), "en")
        self.licence = b.line(("licence",), self.tr("Licence"), self.tr("For example: CC BY 4.0"))
        self.description = b.text(("description",), self.tr("Pack description"),
                                  self.tr("What the pack is for"))
        self.description.setMinimumHeight(140)
        b.problem_label((), heading)
        form = form_layout()
        add_row(form, self.tr("&Title:"), b, self.title)
        add_row(form, self.tr("&Id:"), b, self.id)
        form.addRow("", hint(self.tr("Lowercase letters and digits joined by hyphens; made from the title "
                                     "until you change it. Two packs cannot share an id.")))
        for widget in (self.version, self.language):
            widget.setMaximumWidth(200)
        add_row(form, self.tr("&Version:"), b, self.version)
        add_row(form, self.tr("&Author:"), b, self.author)
        add_row(form, self.tr("&Language:"), b, self.language)
        add_row(form, self.tr("Li&cence:"), b, self.licence)
        add_row(form, self.tr("&Description:"), b, self.description)
        form.addRow("", hint(markdown_hint()))
        self.where = hint("")
        box = QWidget()
        box.setMaximumWidth(820)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(b.bindings[()].error)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addStretch(1)
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        self.binder.refresh()
        saved = self.session.original_id
        self.where.setText(
            self.tr("Saved in your pack folder as {id}.yaml. Built-in packs are never changed.").format(
                id=saved) if saved else self.tr("Not saved yet: Save (Ctrl+S) puts it in your pack folder."))

    def show_problems(self, problems: list[tuple[Path_, str]]) -> None:
        own = [(rel, m) for rel, m in problems if rel[:1] not in (("exercises",), ("agendas",))]
        self.binder.show_problems(own)

    def focus(self, rel: Path_, take: bool = True) -> None:
        binding = self.binder.owner(rel)
        if binding is not None:
            self.ensureWidgetVisible(binding.widget)
            if take:
                binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
