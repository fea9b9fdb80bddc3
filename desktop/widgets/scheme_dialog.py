"""Edit the project's tag scheme and verdict scale: name, colour, key, description, order.

Every change is an undoable command applied at once (the dialog has nothing to save).
Removing a tag or verdict that annotations use asks first and says how many; the
annotations go with a removed tag, and lose a removed verdict, in one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.rules.values import SHORTCUT_KEYS, shortcut_problem
from claimdesk.desktop.commands import scheme_commands
from claimdesk.desktop.commands.scheme_commands import SchemeKind
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.resources import colour_swatch
from claimdesk.desktop.session import Change, ProjectSession

from .plain_text import ask, plain_tooltip, show_message

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_COLOURS = ("#8ecae6", "#ffb703", "#b5e48c", "#f4a3c0", "#cdb4db", "#ffd6a5", "#a0c4ff")


class SchemeDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("SchemeDialog", "Tag scheme and verdict scale"))
        self.resize(640, 460)
        self.tabs = QTabWidget(self)
        self.tags_page = SchemePage(session, "tag", self)
        self.verdicts_page = SchemePage(session, "verdict", self)
        self.tabs.addTab(self.tags_page, translate("SchemeDialog", "&Tags"))
        self.tabs.addTab(self.verdicts_page, translate("SchemeDialog", "&Verdicts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)


class SchemePage(QWidget):
    """One list (tags or verdicts) beside the fields of the selected entry."""

    def __init__(self, session: ProjectSession, kind: SchemeKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.list = QListWidget(self)
        self.list.setAccessibleName(
            translate("SchemePage", "Tags")
            if kind == "tag"
            else translate("SchemePage", "Verdicts")
        )
        self.list.currentRowChanged.connect(lambda _row: self._load_fields())
        self.name_edit = QLineEdit(self)
        self.name_edit.editingFinished.connect(lambda: self._edit(name=self.name_edit.text()))
        self.color_button = QPushButton(translate("SchemePage", "Choose…"), self)
        self.color_button.clicked.connect(self._choose_colour)
        self.description_edit = QLineEdit(self)
        self.description_edit.editingFinished.connect(
            lambda: self._edit(description=self.description_edit.text())
        )
        form = QFormLayout()
        form.addRow(translate("SchemePage", "&Name"), self.name_edit)
        form.addRow(translate("SchemePage", "C&olour"), self.color_button)
        if kind == "tag":
            self.shortcut_edit = QLineEdit(self)
            self.shortcut_edit.setMaxLength(1)
            self.shortcut_edit.setPlaceholderText(translate("SchemePage", "1–9, or empty"))
            self.shortcut_edit.editingFinished.connect(self._edit_shortcut)
            form.addRow(translate("SchemePage", "&Key"), self.shortcut_edit)
        else:
            self.value_box = QSpinBox(self)
            self.value_box.setRange(-100, 100)
            self.value_box.setToolTip(
                translate("SchemePage", "Higher is truer; used as ratingValue in ClaimReview")
            )
            self.value_box.editingFinished.connect(lambda: self._edit(value=self.value_box.value()))
            form.addRow(translate("SchemePage", "&Value"), self.value_box)
        form.addRow(translate("SchemePage", "&Description"), self.description_edit)

        add = QPushButton(translate("SchemePage", "&Add"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(translate("SchemePage", "&Remove…"), self)
        remove.clicked.connect(self._remove)
        up = QPushButton(translate("SchemePage", "Move &up"), self)
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(translate("SchemePage", "Move do&wn"), self)
        down.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(form, 2)
        session.changed.connect(self._on_changed)
        self._reload()
        self.list.setCurrentRow(0)

    # The entries of this page

    def _entries(self) -> list:
        return self.session.tags() if self.kind == "tag" else self.session.verdicts()

    def _current(self):
        item = self.list.currentItem()
        entry_id = item.data(ID_ROLE) if item else None
        return next((entry for entry in self._entries() if entry.id == entry_id), None)

    def _reload(self) -> None:
        current = self._current()
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._entries():
            label = entry.name
            if self.kind == "tag" and entry.shortcut:
                label = f"{entry.shortcut}  {entry.name}"
            item = QListWidgetItem(colour_swatch(entry.color), label)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(plain_tooltip(entry.description))
            self.list.addItem(item)
            if current is not None and entry.id == current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._load_fields()

    def _load_fields(self) -> None:
        entry = self._current()
        for widget in (self.name_edit, self.color_button, self.description_edit):
            widget.setEnabled(entry is not None)
        if entry is None:
            return
        self.name_edit.setText(entry.name)
        self.color_button.setIcon(colour_swatch(entry.color))
        self.color_button.setText(entry.color)
        self.description_edit.setText(entry.description)
        if self.kind == "tag":
            self.shortcut_edit.setText(entry.shortcut)
        else:
            self.value_box.setValue(entry.value or 0)

    def _on_changed(self, change: Change) -> None:
        if change.scheme or change.everything:
            self._reload()

    # Edits, each one undoable command

    def _edit(self, **changes) -> None:
        entry = self._current()
        if entry is None:
            return
        changes = {key: value for key, value in changes.items() if getattr(entry, key) != value}
        if not changes:
            return
        self.session.push(scheme_commands.edit_entry(self.session, self.kind, entry.id, **changes))

    def _edit_shortcut(self) -> None:
        key = self.shortcut_edit.text().strip()
        problem = shortcut_problem(key)
        if problem is not None:
            show_message(
                self,
                translate("SchemePage", "Tag key"),
                translate("SchemePage", "A tag's {problem}.").format(problem=message_text(problem)),
            )
            self._load_fields()
            return
        entry = self._current()
        clash = next(
            (tag for tag in self.session.tags() if key and tag.shortcut == key and tag != entry),
            None,
        )
        if clash is not None:
            show_message(
                self,
                translate("SchemePage", "Tag key"),
                translate("SchemePage", "Key {key} already tags “{tag}”; choose another.").format(
                    key=key, tag=clash.name
                ),
            )
            self._load_fields()
            return
        self._edit(shortcut=key)

    def _choose_colour(self) -> None:
        entry = self._current()
        if entry is None:
            return
        title = translate("SchemePage", "Colour of {name}").format(name=entry.name)
        colour = QColorDialog.getColor(QColor(entry.color), self, title)
        if colour.isValid():
            self._edit(color=colour.name())

    def _add(self) -> None:
        names = {entry.name for entry in self._entries()}
        kind = self.kind
        pattern = (
            translate("SchemePage", "New tag {number}")
            if kind == "tag"
            else translate("SchemePage", "New verdict {number}")
        )
        name = next(
            pattern.format(number=n)
            for n in range(1, 1000)
            if pattern.format(number=n) not in names
        )
        colour = NEW_COLOURS[len(names) % len(NEW_COLOURS)]
        fields = {}
        if kind == "tag":
            used = {tag.shortcut for tag in self.session.tags()}
            fields["shortcut"] = next((k for k in SHORTCUT_KEYS if k not in used), "")
        self.session.push(scheme_commands.add_entry(self.session, kind, name, colour, **fields))
        self.list.setCurrentRow(self.list.count() - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _remove(self) -> None:
        entry = self._current()
        if entry is None:
            return
        store = self.session.store
        if self.kind == "tag":
            users = store.annotation_ids_using(tag_id=entry.id)
            title = translate("SchemePage", "Remove tag")
            question = translate_n(
                "SchemePage",
                "%n annotations use the tag “{tag}”. Remove the tag and those annotations?",
                len(users),
            ).format(tag=entry.name)
        else:
            users = store.annotation_ids_using(verdict_id=entry.id)
            title = translate("SchemePage", "Remove verdict")
            question = translate_n(
                "SchemePage",
                "%n annotations carry the verdict “{verdict}”."
                " Remove the verdict from the scale and from them?",
                len(users),
            ).format(verdict=entry.name)
        undo = translate("SchemePage", "Undo (Ctrl+Z) brings everything back.")
        if users and not ask(self, title, f"{question}\n\n{undo}"):
            return
        self.session.push(scheme_commands.delete_entry(self.session, self.kind, entry.id))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        ids = [entry.id for entry in self._entries()]
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.session.push(scheme_commands.reorder_entries(self.session, self.kind, ids))
        self.list.setCurrentRow(target)
