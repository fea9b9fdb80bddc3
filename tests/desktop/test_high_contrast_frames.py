"""High contrast draws the fields' edges and the check boxes: the style drew them a shade
darker than the window, which on black is black (the claim editor's fields and the
"Exact" box had no visible edge)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QRadioButton, QVBoxLayout, QWidget

from claimdesk.desktop.high_contrast import use_high_contrast
from claimdesk.desktop.widgets.readable_colours import contrast

BLACK = QColor("black")


@pytest.fixture(autouse=True)
def ordinary_palette_after():
    yield
    use_high_contrast(False)  # the palette is the application's: leave it as it was


def brightest_contrast(widget: QWidget) -> float:
    image = widget.grab().toImage()
    return max(
        contrast(image.pixelColor(x, y), BLACK)
        for x in range(image.width())
        for y in range(image.height())
    )


def test_in_high_contrast_empty_fields_lists_and_unticked_boxes_show_their_edges(qtbot):
    use_high_contrast(True)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    # no text: only the edges can show
    shown = [QLineEdit(form), QCheckBox(form), QRadioButton(form), QListWidget(form)]
    for widget in shown:
        layout.addWidget(widget)
    form.show()
    qtbot.waitExposed(form)
    for widget in shown:
        assert brightest_contrast(widget) >= 3, type(widget).__name__


def test_leaving_high_contrast_takes_its_frames_away(qtbot):
    use_high_contrast(True)
    use_high_contrast(False)
    from PySide6.QtWidgets import QApplication

    assert QApplication.instance().styleSheet() == ""
