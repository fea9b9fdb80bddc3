"""How the annotation table is filtered: the bar above it (words to find in a quote, a
note or a title, accents and case ignored unless Exact is on, and the tag, annotator and
verdict to show) and the rows it lets through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from claimdesk.db.analysis.text_folding import Needle
from claimdesk.db.records.table_rows import TableRow
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.widgets.exact_option import exact_box

ANY = ""


class RowFilter:
    """Which rows are listed: a tag, an annotator, a verdict, words in quote/note/title."""

    def __init__(self, title_of: Callable[[str], str]):
        self.tag_id = ANY
        self.annotator_id = ANY
        self.verdict_id = ANY
        self.text = ""
        self.exact = False  # the words as written; off, accents and case are ignored
        self.only_annotator = ANY  # blind annotation: nobody else's rows, whatever is chosen
        self._title_of = title_of
        self._needle = Needle("")  # `text` folded once per change, not once per row
        self._needle_of = ("", False)

    def is_open(self) -> bool:
        return not (
            self.tag_id or self.annotator_id or self.verdict_id or self.text or self.only_annotator
        )

    def accepts(self, row: TableRow) -> bool:
        if self.only_annotator and row.annotator_id != self.only_annotator:
            return False
        if self.tag_id and row.tag_id != self.tag_id:
            return False
        if self.annotator_id and row.annotator_id != self.annotator_id:
            return False
        if self.verdict_id and (row.verdict_id or "") != self.verdict_id:
            return False
        if self._needle_of != (self.text, self.exact):
            self._needle_of = (self.text, self.exact)
            self._needle = Needle(self.text, exact=self.exact)  # "Rodriguez" finds "Rodríguez"
        if not self._needle:
            return True
        return self._needle.found_in(f"{row.quote}\n{row.note}\n{self._title_of(row.article_id)}")


class AnnotationFilters(QWidget):
    """The bar above the table; each choice is announced as the `RowFilter` field it sets."""

    changed = Signal(str, object)  # field, value (text, or True/False for exact)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tag_filter = QComboBox(self)
        self.annotator_filter = QComboBox(self)
        self.verdict_filter = QComboBox(self)
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(translate("AnnotationTable", "Filter by text or note…"))
        self.text_filter.setAccessibleName(translate("AnnotationTable", "Filter by text or note"))
        self.tag_filter.setAccessibleName(translate("AnnotationTable", "Show tag"))
        self.annotator_filter.setAccessibleName(translate("AnnotationTable", "Show annotator"))
        self.verdict_filter.setAccessibleName(translate("AnnotationTable", "Show verdict"))
        self.text_filter.setClearButtonEnabled(True)
        for box, key in (
            (self.tag_filter, "tag_id"),
            (self.annotator_filter, "annotator_id"),
            (self.verdict_filter, "verdict_id"),
        ):
            box.currentIndexChanged.connect(
                lambda _i, b=box, k=key: self.changed.emit(k, b.currentData() or ANY)
            )
        self.text_filter.textChanged.connect(lambda text: self.changed.emit("text", text))
        self.exact = exact_box(self, "annotations")
        self.exact.toggled.connect(lambda on: self.changed.emit("exact", on))
        self._remembered_exact = self.exact.isChecked()
        # The choice boxes give way before the text field does: at their natural width they
        # left it "Fi…" in a narrow panel (wider names in Spanish or French).
        self.text_filter.setMinimumWidth(self.text_filter.fontMetrics().averageCharWidth() * 16)
        for box in (self.tag_filter, self.annotator_filter, self.verdict_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_filter, 2)
        layout.addWidget(self.exact)
        layout.addWidget(self.tag_filter, 1)
        layout.addWidget(self.annotator_filter, 1)
        layout.addWidget(self.verdict_filter, 1)

    def fill(self, session: ProjectSession, rows: Iterable[TableRow]) -> None:
        """The choices: the project's tags and verdicts, and the annotators of `rows`; what
        was chosen stays chosen, without announcing it again. The first fill announces an
        Exact remembered from before (the table listens from then on)."""
        if self._remembered_exact:
            self._remembered_exact = False
            self.changed.emit("exact", True)
        annotators = {row.annotator_id for row in rows}
        _refill(
            self.tag_filter,
            translate("AnnotationTable", "All tags"),
            [(t.id, t.name) for t in session.tags()],
        )
        _refill(
            self.annotator_filter,
            translate("AnnotationTable", "All annotators"),
            sorted(((a, session.annotator_name(a)) for a in annotators), key=lambda i: i[1]),
        )
        _refill(
            self.verdict_filter,
            translate("AnnotationTable", "All verdicts"),
            [(v.id, v.name) for v in session.verdicts()],
        )


def _refill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, ANY)
    for item_id, name in items:
        box.addItem(name, item_id)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.blockSignals(False)
