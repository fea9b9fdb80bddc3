"""File → Publish report…: the chosen file is written in the background, the window stays
responsive, and the page, PDF or Markdown holds the project's claims."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from claimdesk.desktop.flows import report_flow


def _rated_claim(window) -> None:
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    article = next(a for a in store.articles() if a.title == "Report B")
    text = store.article_text(article.id)
    start = text.index("The government claims 400")
    span = store.add_annotation(article.id, start, start + 25, store.tag_by_name("Statistic").id,
                                ana.id)  # fmt: skip
    false = next(v.id for v in store.verdicts() if v.name == "False")
    store.add_claim(ana.id, [span.id], wording="The government freed 400", verdict_id=false)


def _publish(qtbot, window, monkeypatch, name: str, chosen: str) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (name, chosen))
    monkeypatch.setattr(report_flow, "show_message", lambda _w, _t, text, **kw: shown.append(text))
    window.action_set["file.publish_report"].trigger()
    with qtbot.waitSignal(window.task.finished, timeout=20_000):
        pass
    return shown


def test_publish_report_writes_the_page_in_the_background(qtbot, window, monkeypatch, tmp_path):
    _rated_claim(window)
    shown = _publish(qtbot, window, monkeypatch, str(tmp_path / "out"), "Web page (*.html)")
    page = tmp_path / "out.html"
    assert "The government freed 400" in page.read_text(encoding="utf-8")
    assert shown and shown[0].startswith(f"published 1 claim (1 rating) to {page}")


def test_publish_report_as_pdf_from_the_window(qtbot, window, monkeypatch, tmp_path):
    _rated_claim(window)
    _publish(qtbot, window, monkeypatch, str(tmp_path / "out.pdf"), "PDF (*.pdf)")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
