"""File → Publish report…: the CLI's choices in one dialog (format, the page's language,
one page or a page per claim, which claims, organisation and URL base kept per project),
written in the background, then "Open" shows what was published."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from claimdesk.desktop.widgets.publish_dialog import PublishDialog


def _rated_claim(window, wording: str = "The government freed 400", rated: bool = True) -> str:
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    article = next(a for a in store.articles() if a.title == "Report B")
    text = store.article_text(article.id)
    start = text.index("The government claims 400")
    span = store.add_annotation(article.id, start, start + 25, store.tag_by_name("Statistic").id,
                                ana.id)  # fmt: skip
    false = next(v.id for v in store.verdicts() if v.name == "False") if rated else None
    return store.add_claim(ana.id, [span.id], wording=wording, verdict_id=false).id


def _publish(qtbot, window, monkeypatch, fill, *, open_it: bool = False) -> tuple[list, list]:
    """Publish through the dialog as `fill(dialog)` sets it; (messages shown, URLs opened)."""
    shown: list[str] = []
    opened: list[str] = []

    def accept(dialog: PublishDialog) -> int:
        fill(dialog)
        return QDialog.DialogCode.Accepted

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        wanted = "&Open" if open_it else "Close"
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == wanted.strip("&")]
        button.click()
        return 0

    monkeypatch.setattr(PublishDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.action_set["file.publish_report"].trigger()
    with qtbot.waitSignal(window.task.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    return shown, opened


def test_publish_report_writes_the_page_in_the_background_and_opens_it(
    qtbot, window, monkeypatch, tmp_path
):
    _rated_claim(window)
    page = tmp_path / "out.html"
    shown, opened = _publish(
        qtbot, window, monkeypatch, lambda d: d.target.setText(str(page)), open_it=True
    )
    assert "The government freed 400" in page.read_text(encoding="utf-8")
    assert shown[0].startswith(f"published 1 claim (1 rating) to {page}")
    assert opened == [str(page)]


def test_publish_report_as_pdf_from_the_window(qtbot, window, monkeypatch, tmp_path):
    _rated_claim(window)

    def fill(dialog):
        dialog.choose_format("pdf")
        dialog.target.setText(str(tmp_path / "out"))  # the suffix follows the format

    _, opened = _publish(qtbot, window, monkeypatch, fill)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert opened == [], "Close opens nothing"


def test_publishing_the_ticked_claim_in_spanish_one_page_per_claim(
    qtbot, window, monkeypatch, tmp_path
):
    _rated_claim(window)
    _rated_claim(window, "Nobody was released", rated=False)
    folder = tmp_path / "pages"

    def fill(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.split.setChecked(True)
        dialog.ticked_claims.setChecked(True)
        dialog.claims.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.target.setText(str(folder))

    _, opened = _publish(qtbot, window, monkeypatch, fill, open_it=True)
    [page] = sorted(folder.iterdir())
    assert page.name == "02-nobody-was-released.html"
    text = page.read_text(encoding="utf-8")
    assert "Nobody was released" in text and "Aún sin calificar" in text
    assert opened == [str(folder)]


def test_only_rated_claims_are_published_when_asked(qtbot, window, monkeypatch, tmp_path):
    _rated_claim(window)
    _rated_claim(window, "Nobody was released", rated=False)
    page = tmp_path / "rated.md"

    def fill(dialog):
        dialog.choose_format("md")
        dialog.rated_claims.setChecked(True)
        dialog.target.setText(str(page))

    _publish(qtbot, window, monkeypatch, fill)
    text = page.read_text(encoding="utf-8")
    assert "The government freed 400" in text and "Nobody was released" not in text


def test_the_organisation_and_url_base_are_remembered_for_the_project(
    qtbot, window, monkeypatch, tmp_path
):
    _rated_claim(window)

    def fill(dialog):
        dialog.organization.setText("Fact Desk")
        dialog.url_base.setText("https://desk.example/c/")
        dialog.target.setText(str(tmp_path / "out.html"))

    _publish(qtbot, window, monkeypatch, fill)
    assert '"name": "Fact Desk"' in (tmp_path / "out.html").read_text(encoding="utf-8")
    again = PublishDialog(window)
    qtbot.addWidget(again)
    assert again.organization.text() == "Fact Desk"
    assert again.url_base.text() == "https://desk.example/c/"


def test_the_page_language_is_the_projects_and_each_is_named_in_itself(qtbot, window):
    window.session.store.set_setting("language", "pt_BR")
    dialog = PublishDialog(window)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Español", "Português (the project's)", "Français", "العربية"]
    assert dialog.choice().language == "pt"
    dialog.split.setChecked(True)
    assert not dialog.target.text().endswith(".html"), "a folder of pages has no suffix"
    dialog.one_page.setChecked(True)
    dialog.choose_format("md")
    assert dialog.target.text().endswith("-report.md")


def test_nothing_ticked_or_nowhere_to_write_publishes_nothing(qtbot, window):
    _rated_claim(window)
    dialog = PublishDialog(window)
    qtbot.addWidget(dialog)
    dialog.ticked_claims.setChecked(True)
    assert dialog.publish_button.isEnabled()
    dialog.claims.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.publish_button.isEnabled()
    dialog.all_claims.setChecked(True)
    assert dialog.publish_button.isEnabled()
    dialog.target.clear()
    assert not dialog.publish_button.isEnabled(), "nowhere to write"


def test_no_url_base_is_told_beside_its_field_before_and_after_publishing(
    qtbot, window, monkeypatch, tmp_path
):
    """The window names the dialog's "Review URL base" field, not a project setting it
    never shows (it said "set the project setting claimreview_url_base")."""
    _rated_claim(window)
    dialog = PublishDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.no_url.isVisibleTo(dialog)
    dialog.url_base.setText("https://desk.example/c/")
    assert not dialog.no_url.isVisibleTo(dialog)
    page = tmp_path / "out.html"
    shown, _ = _publish(qtbot, window, monkeypatch, lambda d: d.target.setText(str(page)))
    assert "claimreview_url_base" not in shown[0]
    assert "Review URL base" in shown[0]
