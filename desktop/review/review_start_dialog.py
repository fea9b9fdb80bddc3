"""Review → Start review…: whose annotations to review, and how to lay the two layers out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.desktop.i18n import translate, translate_n

from .review_layers import ONE_PANE, SIDE_BY_SIDE


class StartReviewDialog(QDialog):
    def __init__(
        self,
        colleagues: list[tuple[str, str, int]],
        parent: QWidget | None = None,
        layout: str = SIDE_BY_SIDE,
    ):
        """`colleagues`: (annotator id, name, number of annotations) of everyone else."""
        super().__init__(parent)
        self.setWindowTitle(translate("StartReviewDialog", "Start review"))
        self.colleague_box = QComboBox(self)
        for annotator_id, name, count in colleagues:
            text = translate_n("StartReviewDialog", "{name} (%n annotations)", count)
            self.colleague_box.addItem(text.format(name=name), annotator_id)
        busiest = max(range(len(colleagues)), key=lambda n: colleagues[n][2], default=0)
        self.colleague_box.setCurrentIndex(busiest)
        self.side_by_side = QRadioButton(
            translate("StartReviewDialog", "&Side by side: yours left, theirs right"), self
        )
        self.one_pane = QRadioButton(
            translate("StartReviewDialog", "&One pane: yours filled, theirs underlined"), self
        )
        (self.side_by_side if layout == SIDE_BY_SIDE else self.one_pane).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("StartReviewDialog", "Start review")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            translate("StartReviewDialog", "&Review the annotations of:"), self.colleague_box
        )
        layout_box = QVBoxLayout()
        layout_box.addWidget(self.side_by_side)
        layout_box.addWidget(self.one_pane)
        form.addRow(translate("StartReviewDialog", "Layout:"), layout_box)
        main = QVBoxLayout(self)
        main.addLayout(form)
        main.addWidget(buttons)

    def colleague_id(self) -> str:
        return self.colleague_box.currentData()

    def layout_choice(self) -> str:
        return SIDE_BY_SIDE if self.side_by_side.isChecked() else ONE_PANE
