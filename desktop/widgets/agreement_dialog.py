"""Review → Agreement…: how far annotators agree, per tag, as a table and a bar chart.

The figures come from `compute_agreement` (definitions in db/analysis/agreement.py and
resources/docs/agreement.md), computed off the UI thread on a read-only connection of its
own. An undefined figure reads "n/a", never 0; hovering a cell shows the counts it was
computed from.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import Store
from claimdesk.db.analysis.agreement import AgreementResult, PairAgreement, compute_agreement
from claimdesk.db.records.blind_annotation import Visibility, visibility
from claimdesk.desktop.flows.tasks import BackgroundTask, run_in_background
from claimdesk.desktop.i18n import mark, translate, translate_n, translated
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.i18n.locale_format import count as locale_count
from claimdesk.desktop.panels.agreement_chart import AgreementChart, figure_text
from claimdesk.desktop.session import ProjectSession

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

MICRO = mark("AgreementDialog", "All tags (micro)")
"""The row of all tags together; English in the CSV, translated on screen."""
JSON_FILES = "JSON (*.json)"
"""The save dialog's filter: a format's name, the same in every language."""
METRICS = (
    (mark("AgreementDialog", "Cohen's κ"), "cohen_kappa"),
    (mark("AgreementDialog", "F1 exact"), "f1_exact"),
    (mark("AgreementDialog", "F1 overlap"), "f1_overlap"),
    (mark("AgreementDialog", "Krippendorff's α"), "alpha"),
)


def number(value: float | None) -> str:
    return translate("agreement_dialog", "n/a") if value is None else figure_text(value, 3)


def show_agreement(window: MainWindow) -> None:
    review = getattr(window, "review", None)
    session = window.session
    assert session is not None, "the menu item needs an open project"
    preferred = None
    if review is not None and review.active:
        preferred = {session.annotator.id, review.colleague.id}
    dialog = AgreementDialog(session, window, preferred)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.activateWindow()
    dialog.compute_button.setFocus()


class AgreementDialog(QDialog):
    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget | None = None,
        preferred: set[str] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        # Not `result`: that is QDialog.result(), the code the dialog was closed with.
        self.agreement: AgreementResult | None = None
        self._task: BackgroundTask | None = None
        self.setWindowTitle(translate("AgreementDialog", "Agreement between annotators"))
        self.resize(900, 620)

        self.people = QListWidget(self)
        self.people.setAccessibleName(translate("AgreementDialog", "Annotators to compare"))
        store = session.store
        for person in store.annotators():
            count = len(store.annotations(annotator_ids=[person.id]))
            item = QListWidgetItem(f"{person.name} ({locale_count(count)})", self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = person.id in preferred if preferred else count > 0
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.people.itemChanged.connect(self._update_compute_button)
        self.compute_button = QPushButton(translate("AgreementDialog", "&Compute"), self)
        self.compute_button.clicked.connect(self.compute)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(self)
        self.table.setAccessibleName(translate("AgreementDialog", "Agreement per tag"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.metric_box = QComboBox(self)
        for label, key in METRICS:
            self.metric_box.addItem(translated("AgreementDialog", label), key)
        self.metric_box.currentIndexChanged.connect(self._fill_chart)
        self.chart = AgreementChart(self)
        self.copy_button = QPushButton(translate("AgreementDialog", "Copy as CS&V"), self)
        self.copy_button.clicked.connect(self.copy_csv)
        self.save_button = QPushButton(translate("AgreementDialog", "&Save JSON…"), self)
        self.save_button.clicked.connect(self.save_json)
        close = QPushButton(translate("AgreementDialog", "Close"), self)
        close.clicked.connect(self.close)

        left = QVBoxLayout()
        annotators = QLabel(translate("AgreementDialog", "&Annotators:"), self)
        annotators.setBuddy(self.people)
        left.addWidget(annotators)
        left.addWidget(self.people, 1)
        left.addWidget(self.compute_button)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_top = QHBoxLayout()
        chart_label = QLabel(translate("AgreementDialog", "C&hart:"), self)
        chart_label.setBuddy(self.metric_box)
        chart_top.addWidget(chart_label)
        chart_top.addWidget(self.metric_box)
        chart_top.addStretch(1)
        chart_layout.addLayout(chart_top)
        chart_layout.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(chart_box)
        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addWidget(split, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right.addLayout(buttons)
        main = QHBoxLayout(self)
        main.addLayout(left, 1)
        main.addLayout(right, 4)
        self._update_compute_button()
        self._set_exports_enabled(False)

    # Computing

    def chosen_ids(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.people.item(row) for row in range(self.people.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def compute(self) -> None:
        ids = self.chosen_ids()
        if len(ids) < 2 or self._task is not None:
            return
        path = self.session.path
        self.compute_button.setEnabled(False)
        self.status.setText(translate("AgreementDialog", "Computing…"))

        def work(progress, cancelled):
            with Store.open(path, create=False, readonly=True) as store:
                result = compute_agreement(store, ids, progress=progress, cancelled=cancelled)
                return result, visibility(store, ids)

        title = translate("AgreementDialog", "Computing agreement")
        self._task = run_in_background(self, title, work, self._done, self._failed)

    def _done(self, outcome: tuple[AgreementResult, Visibility]) -> None:
        result, seen = outcome
        self._task = None
        self._update_compute_button()
        if result.cancelled:
            self.status.setText(translate("AgreementDialog", "Cancelled."))
            return
        self.agreement = result
        figures = translate_n(
            "AgreementDialog",
            "{annotators}: %n articles annotated by all. Hover a figure for its counts.",
            result.articles,
        ).format(annotators=", ".join(result.annotators))
        self.status.setText(f"{figures}\n{seen.sentence()}")
        self._fill_table(result)
        self._fill_chart()
        self._set_exports_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._update_compute_button()
        self.status.setText(
            translate("AgreementDialog", "Could not compute agreement: {error}").format(
                error=message_text(error)
            )
        )

    def _update_compute_button(self, *_args) -> None:
        """Compute is offered, and the hint above the table says what to do, for the ticks
        as they are: two ticked at opening had been told to tick two."""
        ready = len(self.chosen_ids()) >= 2
        self.compute_button.setEnabled(ready and self._task is None)
        if self.agreement is None and self._task is None:
            hint = (
                translate("AgreementDialog", "Press Compute to compare the ticked annotators.")
                if ready
                else translate("AgreementDialog", "Tick at least two annotators, then Compute.")
            )
            self.status.setText(hint)

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.copy_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # Showing

    def _fill_table(self, result: AgreementResult) -> None:
        pairs = [" / ".join(pair.annotators) for pair in result.micro]
        metrics = (
            "κ",
            translate("AgreementDialog", "F1 exact"),
            translate("AgreementDialog", "F1 overlap"),
        )
        headers = [f"{metric} {pair}" for pair in pairs for metric in metrics] + [
            translate("AgreementDialog", "α (all)")
        ]
        rows: list[tuple[str, list[PairAgreement], float | None, dict[str, int] | None]] = [
            (tag.tag, tag.pairs, tag.krippendorff_alpha, tag.counts) for tag in result.tags
        ]
        rows.append((MICRO, result.micro, None, None))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(
            [translated("AgreementDialog", MICRO) if name == MICRO else name for name, *_ in rows]
        )
        for row, (name, tag_pairs, alpha, counts) in enumerate(rows):
            for p, pair in enumerate(tag_pairs):
                tip = _counts_text(pair.counts)
                kappa = "" if name == MICRO else number(pair.cohen_kappa)
                for c, text in enumerate((kappa, number(pair.f1_exact), number(pair.f1_overlap))):
                    self._set_cell(row, p * 3 + c, text, tip)
            alpha_text = "" if name == MICRO else number(alpha)
            self._set_cell(row, len(headers) - 1, alpha_text, _counts_text(counts or {}))
        self.table.resizeColumnsToContents()

    def _set_cell(self, row: int, column: int, text: str, tip: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(tip)  # counts under fixed names: nothing from a file
        self.table.setItem(row, column, item)

    def cell_text(self, tag: str, header: str) -> str:
        """The text shown for a tag (row) under a column heading: what tests and users read."""
        rows = [self.table.verticalHeaderItem(r).text() for r in range(self.table.rowCount())]
        columns = []
        for column in range(self.table.columnCount()):
            heading = self.table.horizontalHeaderItem(column)
            assert heading is not None, "_fill_table sets every heading"
            columns.append(heading.text())
        item = self.table.item(rows.index(tag), columns.index(header))
        return item.text() if item else ""

    def _fill_chart(self) -> None:
        result = self.agreement
        if result is None:
            return
        key = self.metric_box.currentData()
        groups = [tag.tag for tag in result.tags]
        if key == "alpha":
            series = [
                (
                    translate("AgreementDialog", "α, all compared"),
                    [tag.krippendorff_alpha for tag in result.tags],
                )
            ]
        else:
            series = [
                (" / ".join(pair.annotators), [getattr(tag.pairs[p], key) for tag in result.tags])
                for p, pair in enumerate(result.micro)
            ]
        self.chart.set_data(groups, series)

    # Exporting

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["tag", "pair", "cohen_kappa", "f1_exact", "f1_overlap", "alpha"])
        assert self.agreement is not None, "offered once computed"
        for tag in self.agreement.tags:
            for pair in tag.pairs:
                writer.writerow(_csv_row(tag.tag, pair, tag.krippendorff_alpha))
        for pair in self.agreement.micro:
            writer.writerow(_csv_row(MICRO, pair, None))
        return out.getvalue()

    def copy_csv(self) -> None:
        if self.agreement is not None:
            QGuiApplication.clipboard().setText(self.csv_text())
            self.status.setText(translate("AgreementDialog", "Copied the figures as CSV."))

    def save_json(self) -> None:
        if self.agreement is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("AgreementDialog", "Save agreement figures"),
            str(self.session.path.with_name(f"{self.session.path.stem}-agreement.json")),
            JSON_FILES,
        )
        if not name:
            return
        text = json.dumps(self.agreement.to_json(), ensure_ascii=False, indent=2)
        try:
            Path(name).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            reason = error.strerror or str(error)
            self.status.setText(
                translate("AgreementDialog", "Could not save {file}: {reason}").format(
                    file=name, reason=reason
                )
            )
            return
        self.status.setText(translate("AgreementDialog", "Saved {file}.").format(file=name))


def _csv_row(tag: str, pair: PairAgreement, alpha: float | None) -> list[str]:
    def cell(value: float | None) -> str:
        return "" if value is None else f"{value:.6f}"

    return [
        tag,
        " / ".join(pair.annotators),
        cell(pair.cohen_kappa),
        cell(pair.f1_exact),
        cell(pair.f1_overlap),
        cell(alpha),
    ]


def _counts_text(counts: dict[str, int]) -> str:
    return "\n".join(
        f"{key.replace('_', ' ')}: {locale_count(value)}" for key, value in counts.items()
    )
