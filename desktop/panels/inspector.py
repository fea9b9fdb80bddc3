"""The inspector: one annotation's tag, verdict, confidence, note, evidence (URLs and
files kept in the project) and links, and the earlier fact-check it matches best.

Every edit goes through an undoable `EditAnnotation` as it is made (text fields after a
short pause in typing), so there is nothing to save; the panel reloads from
`session.changed`, so undo shows up here too. It lives under the panes: where it is wide
its fields stand in three columns, so it takes a few lines of height, not a column of
the width the text needs. `Enter` in a pane brings the focus to its fields (`focus_fields`);
`Esc` here says `done`, and the window takes the focus back to the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import NotFoundError
from claimdesk.db.factchecks.published import claims_of
from claimdesk.db.interchange.sources.anchors import anchor_label
from claimdesk.db.records.model import Annotation
from claimdesk.desktop.commands.commands import EditAnnotation
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import date_time
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.typing_pause import pause_timer, urls_in

from .checked_before_view import CheckedBeforeNote
from .claimant_field import ClaimantField
from .evidence_files import EvidenceFiles
from .link_list import LinkList

NO_CONFIDENCE = -1
COLUMNS_FROM_WIDTH = 600
"""From this width on the fields stand side by side, in three columns (if they fit)."""
MARGIN = 12
"""The panel's own margin on each side, about."""


class Inspector(QWidget):
    jump_requested = Signal(str)  # an annotation id to show in the text
    done = Signal()  # Esc: back to the text

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.annotation_id: str | None = None
        self._loading = False

        self.empty_label = QLabel(
            translate(
                "Inspector",
                "No annotation selected.\n\nPut the caret in a highlight, or press Enter on one.",
            ),
            self,
        )
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        form_page = QWidget(self)
        self.quote_label = _plain_label(form_page)
        self.quote_label.setWordWrap(True)
        self.source_label = _plain_label(form_page)
        self.source_label.setEnabled(False)
        self.source_label.setWordWrap(True)
        self.checked_before = CheckedBeforeNote(session, form_page)
        self.checked_before.more_requested.connect(self._checked_before_dialog)
        self.tag_box = QComboBox(form_page)
        self.verdict_box = QComboBox(form_page)
        for box in (self.tag_box, self.verdict_box):  # never narrower than their longest choice
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.confidence_box = QSpinBox(form_page)
        self.confidence_box.setRange(NO_CONFIDENCE, 100)
        self.confidence_box.setSuffix(" %")
        self.confidence_box.setSpecialValueText(translate("Inspector", "not set"))
        self.note_edit = QPlainTextEdit(form_page)
        self.note_edit.setPlaceholderText(
            translate("Inspector", "Why this matters, what to check…")
        )
        self.note_edit.setTabChangesFocus(True)
        self.evidence_edit = QPlainTextEdit(form_page)
        self.evidence_edit.setPlaceholderText(translate("Inspector", "One URL per line"))
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setMaximumHeight(90)
        self.evidence_files = EvidenceFiles(session, form_page)
        self.links_list = LinkList(session, form_page)
        self.links_list.setMaximumHeight(140)
        self.claimant_field = ClaimantField(session, form_page)

        # Mnemonics no menu uses (Alt+V is the View menu, Alt+C Claims, Alt+E Edit).
        choices, texts, links = _form(), _form(), _form()
        choices.addRow(translate("Inspector", "&Tag"), self.tag_box)
        choices.addRow(translate("Inspector", "Verd&ict"), self.verdict_box)
        choices.addRow(translate("Inspector", "C&onfidence"), self.confidence_box)
        texts.addRow(translate("Inspector", "&Note"), self.note_edit)
        texts.addRow(translate("Inspector", "Evi&dence"), self.evidence_edit)
        texts.addRow(translate("Inspector", "Evidence files"), self.evidence_files)
        links.addRow(translate("Inspector", "&Links"), self.links_list)
        links.addRow(translate("Inspector", "Said b&y"), self.claimant_field)
        self._claimant_column = links
        self._forms = (choices, texts, links)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setContentsMargins(0, 0, 0, 0)
        for column, stretch in ((choices, 2), (texts, 3), (links, 2)):
            self._columns.addLayout(column, stretch)
        page_layout = QVBoxLayout(form_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.quote_label)
        page_layout.addWidget(self.source_label)
        page_layout.addWidget(self.checked_before)
        page_layout.addLayout(self._columns, 1)

        # Scrolled, so the fields never claim the height the articles need on a laptop.
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(form_page)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(scroller)
        outer = QVBoxLayout(self)
        outer.addLayout(self._stack)

        self._note_timer = pause_timer(self, self._save_note)
        self._evidence_timer = pause_timer(self, self._save_evidence)
        self.tag_box.activated.connect(self._save_tag)
        self.verdict_box.activated.connect(self._save_verdict)
        self.confidence_box.valueChanged.connect(self._save_confidence)
        self.note_edit.textChanged.connect(lambda: self._loading or self._note_timer.start())
        self.evidence_edit.textChanged.connect(
            lambda: self._loading or self._evidence_timer.start()
        )
        self.links_list.jump_requested.connect(self.jump_requested)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._back_to_text)
        session.changed.connect(self._on_changed)
        session.closing.connect(self._flush_pending)
        self._fill_choices()

    def show_link(self, link_id: str, annotation_id: str) -> None:
        """Inspect one end of a link with that link selected in the links list."""
        self.show_annotation(annotation_id)
        self.links_list.select_link(link_id)

    def focus_fields(self) -> None:
        """Enter on an annotation: the focus to its first field."""
        if self.annotation_id:
            self.tag_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_text(self) -> None:
        self._flush_pending()  # what was typed is saved before the focus leaves
        self.done.emit()

    def _checked_before_dialog(self, quote: str) -> None:
        from claimdesk.desktop.flows.factcheck_flows import show_checked_before_from

        own = claims_of(self.session.store, self.annotation_id) if self.annotation_id else ()
        show_checked_before_from(self, quote, own)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side only where the three columns fit: else the fields scrolled sideways.
        spacing = max(0, self._columns.spacing()) * (len(self._forms) - 1)
        needed = sum(form.minimumSize().width() for form in self._forms) + spacing
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wide = event.size().width() >= max(COLUMNS_FROM_WIDTH, needed + bar + 2 * MARGIN)
        self._columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def show_annotation(self, annotation_id: str | None) -> None:
        self._flush_pending()
        self.annotation_id = annotation_id
        self._load()

    # Loading

    def _load(self) -> None:
        annotation = self._annotation()
        self._stack.setCurrentIndex(1 if annotation else 0)
        self.checked_before.show_text(
            annotation.quote if annotation else "",
            claims_of(self.session.store, annotation.id) if annotation else "",
        )
        if annotation is None:
            return
        self._loading = True
        try:
            quote = annotation.quote if len(annotation.quote) <= 400 else annotation.quote[:399]
            self.quote_label.setText(f"“{quote}”")
            place = anchor_label(self.session.store, annotation.article_id, annotation.start)
            self.source_label.setText(
                f"{self.session.article_title(annotation.article_id)}"
                + (f" · {place}" if place else "")
                + f" · {self.session.annotator_name(annotation.annotator_id)}"
                " · "
                + translate("Inspector", "{time} UTC").format(time=date_time(annotation.created))
            )
            self.tag_box.setCurrentIndex(self.tag_box.findData(annotation.tag_id))
            self.verdict_box.setCurrentIndex(
                max(0, self.verdict_box.findData(annotation.verdict_id))
            )
            confidence = annotation.confidence
            self.confidence_box.setValue(
                NO_CONFIDENCE if confidence is None else round(confidence * 100)
            )
            if self.note_edit.toPlainText() != annotation.note:
                self.note_edit.setPlainText(annotation.note)
            evidence = "\n".join(annotation.evidence)
            if urls_in(self.evidence_edit.toPlainText()) != list(annotation.evidence):
                self.evidence_edit.setPlainText(evidence)
            self.links_list.show_links(annotation)
            self.evidence_files.show_for("annotation_id", annotation.id)
            self._claimant_column.setRowVisible(
                self.claimant_field, self.claimant_field.show_for(annotation.id)
            )
        finally:
            self._loading = False

    def _fill_choices(self) -> None:
        self._loading = True
        try:
            self.tag_box.clear()
            for tag in self.session.tags():
                self.tag_box.addItem(tag.name, tag.id)
            self.verdict_box.clear()
            self.verdict_box.addItem(translate("Inspector", "— no verdict —"), None)
            for verdict in self.session.verdicts():
                self.verdict_box.addItem(verdict.name, verdict.id)
        finally:
            self._loading = False

    def _on_changed(self, change: Change) -> None:
        if change.scheme or change.everything:
            self._fill_choices()
        if self.annotation_id is None:
            return
        if (
            change.everything
            or change.scheme
            or change.links
            or change.claims
            or self.annotation_id in change.annotations
        ):
            self._load()

    def _annotation(self) -> Annotation | None:
        if not self.annotation_id:
            return None
        try:
            annotation = self.session.store.annotation(self.annotation_id)
        except NotFoundError:
            return None
        return None if annotation.deleted else annotation

    # Saving

    def _edit(self, **changes) -> None:
        annotation = self._annotation()
        if self._loading or annotation is None:
            return
        if all(getattr(annotation, key) == value for key, value in changes.items()):
            return
        self.session.push(EditAnnotation(self.session, annotation.id, **changes))

    def _save_tag(self) -> None:
        self._edit(tag_id=self.tag_box.currentData())

    def _save_verdict(self) -> None:
        self._edit(verdict_id=self.verdict_box.currentData())

    def _save_confidence(self, value: int) -> None:
        self._edit(confidence=None if value == NO_CONFIDENCE else value / 100)

    def _save_note(self) -> None:
        self._edit(note=self.note_edit.toPlainText())

    def _save_evidence(self) -> None:
        self._edit(evidence=tuple(urls_in(self.evidence_edit.toPlainText())))

    def _flush_pending(self) -> None:
        """Save what was typed before the selection moves on, so no keystroke is lost."""
        for timer, save in (
            (self._note_timer, self._save_note),
            (self._evidence_timer, self._save_evidence),
        ):
            if timer.isActive():
                timer.stop()
                save()


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
