"""`ArticlePane`: a header (title, outlet, date, article chooser, close) over an article view,
with a find bar for searching inside the article."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.analysis.text_folding import FoldedText
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import short_date
from claimdesk.desktop.widgets.exact_option import exact_box
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .article_view import ArticleView, HighlightSpan


class ArticleChoices(QAbstractListModel):
    """The articles a pane can switch to, one model shared by every pane's chooser.

    Filled once per change of the article list, for all panes: a combo box filled item by
    item costs some 5 ms per pane in a project of 1,000 articles.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._rows: dict[str, int] = {}

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """(article id, label) pairs in the order offered."""
        self.beginResetModel()
        self._choices = list(choices)
        self._rows = {article_id: row for row, (article_id, _label) in enumerate(self._choices)}
        self.endResetModel()

    def row_of(self, article_id: str | None) -> int:
        return self._rows.get(article_id or "", -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        article_id, label = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.UserRole:
            return article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(label)  # a title is shown as written, never as HTML
        return None


class ArticlePane(QWidget):
    article_chosen = Signal(str)
    close_requested = Signal()
    title_edited = Signal(str)  # F2 or a double click on the title, then Enter

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.article_id = ""
        self.view = ArticleView(self)
        self.view.setObjectName("article-view")
        self.view.setAccessibleName(translate("ArticlePane", "Article text"))

        self.chooser = QComboBox(self)
        self._choices = ArticleChoices(self)
        self.chooser.setModel(self._choices)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        self.chooser.setToolTip(translate("ArticlePane", "Choose the article this pane shows"))
        self.chooser.setAccessibleName(translate("ArticlePane", "Article shown in this pane"))
        self.chooser.activated.connect(self._on_chosen)
        self._say_what_to_do()
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("ArticlePane", "Close this pane (Ctrl+W)"))
        close.setAccessibleName(translate("ArticlePane", "Close this pane"))
        close.clicked.connect(self.close_requested)

        self.title_label = _plain_label(self, "pane-title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setToolTip(
            translate("ArticlePane", "Double-click (or F2 in the text) to edit the title")
        )
        self.title_label.installEventFilter(self)
        # An imported article's title is often its first sentence: fixed here, in place.
        self.title_edit = QLineEdit(self)
        self.title_edit.setFont(font)
        self.title_edit.setAccessibleName(translate("ArticlePane", "Article title"))
        self.title_edit.hide()
        self.title_edit.returnPressed.connect(self._save_title)
        self.title_edit.installEventFilter(self)
        self.meta_label = _plain_label(self, "pane-meta")
        self.meta_label.setEnabled(False)  # the palette's quieter colour, in light and dark

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chooser, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.view, 1)
        self._find_bar: FindBar | None = None

    def edit_title(self) -> None:
        """The title becomes a field: Enter keeps the new title, Esc the old one."""
        if not self.article_id:
            return
        self.title_edit.setText(self.title_label.text())
        self.title_label.hide()
        self.title_edit.show()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _save_title(self) -> None:
        title = " ".join(self.title_edit.text().split())
        changed = title and title != self.title_label.text()
        self._end_title_edit()
        if changed:
            self.title_edited.emit(title)

    def _end_title_edit(self) -> None:
        self.title_edit.hide()
        self.title_label.show()
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.title_label and kind == QEvent.Type.MouseButtonDblClick:
            self.edit_title()
            return True
        if watched is self.title_edit:
            if kind == QEvent.Type.FocusOut and self.title_edit.isVisible():
                self._end_title_edit()  # clicked elsewhere: nothing changes
            elif _own_escape(event, self._end_title_edit):  # not the link flow's Esc
                return True
        return super().eventFilter(watched, event)

    def set_article_choices(self, choices: ArticleChoices) -> None:
        """Offer these articles (a model every pane shares) and keep ours current in it."""
        self.chooser.blockSignals(True)
        if choices is not self._choices:
            self._choices = choices
            self.chooser.setModel(choices)
        self.chooser.setCurrentIndex(choices.row_of(self.article_id))
        self.chooser.blockSignals(False)
        self._say_what_to_do()

    def _say_what_to_do(self) -> None:
        """What an empty pane shows: how to bring an article in, or where to choose one."""
        if self._choices.rowCount():
            hint = translate("ArticlePane", "Choose an article above.")
        else:
            hint = translate(
                "ArticlePane",
                "No articles yet: File → Import articles… (Ctrl+I), or paste one as a new"
                " article (Ctrl+Shift+V).",
            )
        self.view.setPlaceholderText(hint)

    def show_article(
        self,
        article_id: str,
        title: str,
        outlet: str,
        date: str,
        text: str,
        spans: list[HighlightSpan],
    ) -> None:
        # An article's text never changes, so showing the same one again only redraws its
        # highlights, where the reader is, without laying the text out again.
        same = article_id == self.article_id and text == self.view.text()
        self.article_id = article_id
        self.title_label.setText(title)
        meta = (outlet, short_date(date))
        self.meta_label.setText(" · ".join(part for part in meta if part) or " ")
        if same:
            self.view.set_spans(spans)
        else:
            self.view.set_text(text, spans)
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(self._choices.row_of(article_id))
        self.chooser.blockSignals(False)
        if self._find_bar is not None:
            self._find_bar.refresh()

    def show_gone(self) -> None:
        """The article shown was deleted: say so, and leave nothing here to tag."""
        title = self.title_label.text()
        self.article_id = ""
        self.title_label.setText(
            translate("ArticlePane", "“{title}” was deleted").format(title=title)
        )
        self.meta_label.setText(
            translate(
                "ArticlePane", "Undo (Ctrl+Z) brings it back; or choose another article above"
            )
        )
        self.view.set_text("", [])
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(-1)
        self.chooser.blockSignals(False)
        if self._find_bar is not None:
            self._find_bar.hide()

    @property
    def find_bar(self) -> FindBar:
        """Built on first Ctrl+F (1 ms a pane that a start would otherwise pay), below the text."""
        if self._find_bar is None:
            self._find_bar = FindBar(self.view, self)
            self._find_bar.hide()
            layout = self.layout()
            assert layout is not None, "set in __init__"
            layout.addWidget(self._find_bar)
        return self._find_bar

    def open_find_bar(self) -> None:
        self.find_bar.show()
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()

    def _on_chosen(self, index: int) -> None:
        article_id = self.chooser.itemData(index)
        if article_id and article_id != self.article_id:
            self.article_chosen.emit(article_id)
            self.view.setFocus()


class FindBar(QWidget):
    """Ctrl+F inside a pane: type to find, Enter/F3 for the next match, Esc to close.
    Accents and case are ignored ("Rodriguez" finds "Rodríguez") unless Exact is on."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None):
        super().__init__(parent)
        self._view = view
        self._matches: list[tuple[int, int]] = []
        self._index = -1
        self._folded: FoldedText | None = None  # the text shown, folded once
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(translate("FindBar", "Find in this article"))
        self.field.setAccessibleName(translate("FindBar", "Find in this article"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(lambda: self.step(1))
        self.count_label = _plain_label(self, "find-count")
        self.exact = exact_box(self, "find")
        self.exact.toggled.connect(lambda: self._search(self.field.text()))
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(translate("FindBar", "Previous match (Shift+F3)"))
        previous.setAccessibleName(translate("FindBar", "Previous match"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip(translate("FindBar", "Next match (F3, Enter)"))
        following.setAccessibleName(translate("FindBar", "Next match"))
        following.clicked.connect(lambda: self.step(1))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(translate("FindBar", "Close (Esc)"))
        close.setAccessibleName(translate("FindBar", "Close the find bar"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.exact)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        # Esc is the field's own key, not a shortcut: while a link is being made the
        # workspace's Esc shortcut (cancel) would make both ambiguous, and then neither
        # closed the bar and the next key (L) was typed into the field.
        self.field.installEventFilter(self)
        for keys, slot in (
            ("F3", lambda: self.step(1)),
            ("Shift+F3", lambda: self.step(-1)),
            ("Shift+Return", lambda: self.step(-1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _own_escape(event, self.close_bar, bare=True):
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        if self.isVisible():
            self._search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self._view.setFocus()

    def step(self, direction: int) -> None:
        if not self._matches:
            return
        self._index = (self._index + direction) % len(self._matches)
        self._select_current()

    def _search(self, needle: str) -> None:
        text = self._view.text()
        if self._folded is None or self._folded.text is not text:
            self._folded = FoldedText(text)
        self._matches = self._folded.find(needle, exact=self.exact.isChecked())
        caret = self._view.caret_offset()
        self._index = next((i for i, (m, _end) in enumerate(self._matches) if m >= caret), 0) - 1
        if self._matches:
            self.step(1)
        self._update_count()

    def _select_current(self) -> None:
        self._view.select_range(*self._matches[self._index])
        self._update_count()

    def _update_count(self) -> None:
        if not self.field.text():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(translate("FindBar", "No matches"))
        else:
            self.count_label.setText(
                translate("FindBar", "{number} of {count}").format(
                    number=self._index + 1, count=len(self._matches)
                )
            )


def _own_escape(event: QEvent, close: Callable[[], None], *, bare: bool = False) -> bool:
    """Esc (without modifiers if `bare`) as a field's own key: its shortcut override is
    accepted, so the key press comes to the field, not to a shortcut; the press `close`s.
    Says whether the event was Esc's."""
    kind = event.type()
    if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        return False
    key_event = cast(QKeyEvent, event)
    if key_event.key() != Qt.Key.Key_Escape or (bare and key_event.modifiers()):
        return False
    event.accept()
    if kind == QEvent.Type.KeyPress:
        close()
    return True


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
