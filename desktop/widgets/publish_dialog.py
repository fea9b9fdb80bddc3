"""File → Publish report…: the choices `claimdesk report` offers, in one dialog.

Format, the page's language (the project's by default; each named in its own language),
one page or a folder of one page per claim, which claims (all, only the rated ones, or
those ticked), the organisation and the review URL base (the project's settings, which
publishing remembers, as the ClaimReview export does), and where to write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.claims.claim_overview import ClaimOverview, claim_overviews
from claimdesk.db.report.labels import LANGUAGES, report_language
from claimdesk.db.report.render import SUFFIXES
from claimdesk.desktop.i18n import mark, translate, translated

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

FORMAT_NAMES = {
    "html": mark("PublishDialog", "Web page (HTML)"),
    "md": mark("PublishDialog", "Markdown"),
    "pdf": mark("PublishDialog", "PDF"),
}
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
    "ar": "العربية",
}
"""Each language named in itself, so a reader of it finds it whatever the window speaks."""
ALL, RATED, TICKED = "all", "rated", "ticked"


@dataclass(frozen=True, slots=True)
class PublishChoice:
    fmt: str
    out: Path
    """The page, or with `split` the folder of pages."""
    language: str
    split: bool = False
    chosen: tuple[str, ...] = ()
    """Claim ids; empty for every claim."""
    settings: dict[str, str] = field(default_factory=dict)
    """organization, claimreview_url_base and language, as `report.content.gather` takes."""


class PublishDialog(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setWindowTitle(translate("PublishDialog", "Publish report"))
        session = window.open_session()
        self._project = session.path
        store = session.store
        settings = store.settings()
        self._overviews = claim_overviews(store)

        self.format = QComboBox()
        for fmt, name in FORMAT_NAMES.items():
            self.format.addItem(translated("PublishDialog", name), fmt)
        self.language = QComboBox()
        own = report_language(settings.get("language", ""))
        for code in LANGUAGES:
            name = LANGUAGE_NAMES[code]
            if code == own:
                name = translate("PublishDialog", "{language} (the project's)").format(
                    language=name
                )
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(own))

        self.one_page = QRadioButton(translate("PublishDialog", "&One page"))
        self.split = QRadioButton(translate("PublishDialog", "One page per &claim (a folder)"))
        self.one_page.setChecked(True)
        pages = _row(self.one_page, self.split)
        self._pages = _group(self, self.one_page, self.split)

        self.all_claims = QRadioButton(translate("PublishDialog", "&All"))
        self.rated_claims = QRadioButton(translate("PublishDialog", "Only &rated"))
        self.ticked_claims = QRadioButton(translate("PublishDialog", "&These:"))
        self.all_claims.setChecked(True)
        self._which = _group(self, self.all_claims, self.rated_claims, self.ticked_claims)
        self.claims = QListWidget()
        self.claims.setAccessibleName(translate("PublishDialog", "Claims to publish"))
        not_rated = translate("PublishDialog", "not rated")
        for number, overview in enumerate(self._overviews, start=1):
            claim = overview.claim
            wording = " ".join((claim.wording or _first_quote(overview)).split())
            rating = overview.verdict_name or not_rated
            shown = translate("PublishDialog", "{number}. {wording} — {rating}")
            # The project's words set apart (FSI … PDI), so an English claim keeps its
            # punctuation in a right-to-left window and an Arabic one in a left-to-right.
            item = QListWidgetItem(
                shown.format(number=number, wording=_isolated(wording), rating=_isolated(rating))
            )
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.claims.addItem(item)

        self.organization = QLineEdit(settings.get("organization", ""))
        self.organization.setPlaceholderText(
            translate("PublishDialog", "Your newsroom, named on the page and in ClaimReview")
        )
        self.url_base = QLineEdit(settings.get("claimreview_url_base", ""))
        self.url_base.setPlaceholderText(
            translate("PublishDialog", "https://example.org/fact-checks/ (claim id is added)")
        )
        self.no_url = QLabel(
            translate(
                "PublishDialog",
                "Without it the published reviews have no web address, which Google requires.",
            )
        )
        self.no_url.setWordWrap(True)
        self.target = QLineEdit(str(self._project.with_name(self._project.stem + "-report.html")))
        self.target.setAccessibleName(translate("PublishDialog", "Save to"))
        browse = QPushButton(translate("PublishDialog", "C&hoose…"))
        browse.clicked.connect(self._browse)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.publish_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(translate("PublishDialog", "&Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("PublishDialog", "&Format:"), self.format)
        form.addRow(translate("PublishDialog", "&Language of the page:"), self.language)
        form.addRow(translate("PublishDialog", "Pages:"), pages)
        which = _row(self.all_claims, self.rated_claims, self.ticked_claims)
        form.addRow(translate("PublishDialog", "Claims:"), which)
        form.addRow("", self.claims)
        form.addRow(translate("PublishDialog", "Or&ganisation:"), self.organization)
        form.addRow(translate("PublishDialog", "Review &URL base:"), self.url_base)
        form.addRow("", self.no_url)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        save_to = QLabel(translate("PublishDialog", "&Save to:"))
        save_to.setBuddy(self.target)
        form.addRow(save_to, target_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)

        self.format.currentIndexChanged.connect(self._target_changed)
        self.split.toggled.connect(self._target_changed)
        self._which.buttonToggled.connect(self._claims_changed)
        self.claims.itemChanged.connect(self._claims_changed)
        self.target.textChanged.connect(self._claims_changed)
        self.url_base.textChanged.connect(self._claims_changed)
        self._claims_changed()
        self.resize(720, 560)

    def choose_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def choice(self) -> PublishChoice:
        out = Path(self.target.text().strip()).expanduser()
        if not out.is_absolute():
            out = self._project.parent / out
        fmt = self.format.currentData()
        if not self.split.isChecked() and out.suffix.lower() != SUFFIXES[fmt]:
            out = out.with_name(out.name + SUFFIXES[fmt])
        language = self.language.currentData()
        return PublishChoice(
            fmt=fmt,
            out=out,
            language=language,
            split=self.split.isChecked(),
            chosen=self._chosen(),
            settings={
                "organization": self.organization.text().strip(),
                "claimreview_url_base": self.url_base.text().strip(),
                "language": language,
            },
        )

    def _chosen(self) -> tuple[str, ...]:
        if self.rated_claims.isChecked():
            return tuple(o.claim.id for o in self._overviews if o.claim.verdict_id)
        if self.ticked_claims.isChecked():
            items = (self.claims.item(row) for row in range(self.claims.count()))
            return tuple(
                item.data(Qt.ItemDataRole.UserRole)
                for item in items
                if item is not None and item.checkState() == Qt.CheckState.Checked
            )
        return ()

    def _claims_changed(self) -> None:
        self.claims.setEnabled(self.ticked_claims.isChecked())
        some = bool(self._overviews) and (self.all_claims.isChecked() or bool(self._chosen()))
        self.publish_button.setEnabled(some and bool(self.target.text().strip()))
        # Said before publishing, beside the field to fill, rather than after it.
        rated = {o.claim.id for o in self._overviews if o.claim.verdict_id}
        publishing = self._chosen() if not self.all_claims.isChecked() else rated
        self.no_url.setVisible(not self.url_base.text().strip() and bool(rated & set(publishing)))

    def _target_changed(self) -> None:
        """The target follows the format's suffix, and drops it for a folder of pages."""
        text = self.target.text().strip()
        known = next((s for s in SUFFIXES.values() if text.lower().endswith(s)), "")
        text = text[: len(text) - len(known)] if known else text
        suffix = "" if self.split.isChecked() else SUFFIXES[self.format.currentData()]
        self.target.setText(text + suffix)

    def _browse(self) -> None:
        title = translate("PublishDialog", "Publish report")
        if self.split.isChecked():
            title = translate("PublishDialog", "A new folder for the pages")
        name, _ = QFileDialog.getSaveFileName(self, title, self.target.text())
        if name:
            self.target.setText(name)
            self._target_changed()


def _isolated(text: str) -> str:
    return f"\u2068{text}\u2069"


def _first_quote(overview: ClaimOverview) -> str:
    return overview.appearances[0].annotation.quote if overview.appearances else ""


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return holder


def _group(parent: QWidget, *buttons: QRadioButton) -> QButtonGroup:
    group = QButtonGroup(parent)
    for button in buttons:
        group.addButton(button)
    return group
