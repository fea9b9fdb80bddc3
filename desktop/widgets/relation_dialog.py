"""Choosing how two annotations relate: same claim, supports, contradicts, related.

Keys 1–4 (or the underlined letters) pick a relation; Enter confirms. The dialog is
opened non-modally with `open()`, so the caller continues from its `accepted` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.records.model import RELATIONS
from claimdesk.desktop.i18n import mark, translate, translated

RELATION_CHOICES: dict[str, str] = {
    "same_claim": mark(
        "RelationDialog", "&1  Same claim — the same statement, perhaps with other figures"
    ),
    "supports": mark("RelationDialog", "&2  Supports — the first backs up the second"),
    "contradicts": mark("RelationDialog", "&3  Contradicts — the two cannot both be true"),
    "related": mark("RelationDialog", "&4  Related — worth reading together"),
}


class RelationDialog(QDialog):
    def __init__(
        self,
        source_text: str,
        target_text: str,
        parent: QWidget | None = None,
        *,
        relation: str = "same_claim",
        note: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("RelationDialog", "Link annotations"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        for caption, text in (
            (translate("RelationDialog", "From: {quote}"), source_text),
            (translate("RelationDialog", "To: {quote}"), target_text),
        ):
            label = QLabel(caption.format(quote=text), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self._group = QButtonGroup(self)
        for index, name in enumerate(RELATIONS):
            button = QRadioButton(translated("RelationDialog", RELATION_CHOICES[name]), self)
            button.setObjectName(f"relation-{name}")
            self._group.addButton(button, index)
            layout.addWidget(button)
        self._group.button(RELATIONS.index(relation)).setChecked(True)
        self.note_edit = QLineEdit(note, self)
        self.note_edit.setPlaceholderText(
            translate("RelationDialog", "Note (optional): why they relate")
        )
        self.note_edit.setAccessibleName(translate("RelationDialog", "Note"))
        layout.addWidget(self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RelationDialog", "Link")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        checked = self._group.checkedButton()
        assert checked is not None, "a relation is checked from the start"
        checked.setFocus()

    def relation(self) -> str:
        return RELATIONS[self._group.checkedId()]

    def note(self) -> str:
        return self.note_edit.text().strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit picks a relation (outside the note field); Enter then links."""
        key = event.key()
        if not self.note_edit.hasFocus() and Qt.Key.Key_1 <= key < Qt.Key.Key_1 + len(RELATIONS):
            button = self._group.button(key - Qt.Key.Key_1)
            button.setChecked(True)
            button.setFocus()
            return
        super().keyPressEvent(event)
