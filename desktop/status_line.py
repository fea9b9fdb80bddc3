"""The status bar's permanent labels: who annotates, the project's counts, when the last
change was saved.

Made with the window's first project, not with the window: their plain-text format needs
PySide's `Qt` namespace (15-40 ms to build its enums), which a start's first frame goes
without. Names, counts and times can come from a file, so the labels show plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow

from claimdesk.desktop.i18n import translate, translate_n

if TYPE_CHECKING:
    from .session import ProjectSession


class StatusLine:
    def __init__(self, window: QMainWindow) -> None:
        from PySide6.QtCore import Qt

        self.annotator = QLabel(window)
        self.counts = QLabel(window)
        self.saved = QLabel(window)
        for label in (self.annotator, self.counts, self.saved):
            label.setTextFormat(Qt.TextFormat.PlainText)
            window.statusBar().addPermanentWidget(label)

    def show_project(self, session: ProjectSession) -> None:
        """Who annotates `session`'s project, and its changes' saves from now on."""
        self.annotator.setText(
            translate("MainWindow", "Annotator: {name}").format(name=session.annotator.name)
        )
        self.saved.setText(translate("MainWindow", "All changes saved"))
        session.saved.connect(
            lambda at: self.saved.setText(
                translate("MainWindow", "All changes saved · {time}").format(time=at)
            )
        )

    def show_counts(self, session: ProjectSession) -> None:
        from claimdesk.db.records.blind_annotation import project_counts, shown_annotator

        store, me = session.store, session.annotator.id
        # Blind annotation: a colleague's work does not show even as a number.
        articles, annotations = project_counts(store, shown_annotator(store, me))
        self.counts.setText(
            translate("MainWindow", "{articles} · {annotations}").format(
                articles=translate_n("MainWindow", "%n articles", articles),
                annotations=translate_n("MainWindow", "%n annotations", annotations),
            )
        )

    def clear(self) -> None:
        """No project: nothing to say."""
        for label in (self.annotator, self.counts, self.saved):
            label.setText("")
