"""Benchmark: publish a report of 300 rated claims (3 appearances each, over 100 articles)
as one HTML page, as 300 split pages, and as a PDF laid out by Qt. Prints JSON.

    .venv/bin/python tests/benchmarks/bench_report.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from claimdesk.db import Store
from claimdesk.db.report.publish import publish_report

SENTENCE = "On Monday the ministry said {n} prisoners were freed, officials in the capital added. "


def _project(path: Path, claims: int) -> None:
    with Store.open(path) as store:
        ana = store.ensure_annotator("Ana")
        tag = store.tag_by_name("Statistic").id
        verdict = next(v.id for v in store.verdicts() if v.name == "False")
        articles = [
            store.add_article(
                "".join(SENTENCE.format(n=10 * i + k) for k in range(claims)),
                title=f"Report {i}", outlet=f"Outlet {i % 7}", date=f"2026-01-{10 + i % 18:02d}",
                url=f"https://news.example/{i}",
            )
            for i in range(100)
        ]  # fmt: skip
        for c in range(claims):
            spans = []
            for j in range(3):
                article = articles[(c * 3 + j) % len(articles)]
                text = store.article_text(article.id)
                start = text.index(SENTENCE.format(n=10 * ((c * 3 + j) % 100) + c))
                spans.append(store.add_annotation(article.id, start, start + 60, tag, ana.id).id)
            store.add_claim(ana.id, spans, wording=f"Claim {c}", verdict_id=verdict,
                            explanation="Not what the records show.")  # fmt: skip


def _timed(work) -> float:
    began = time.perf_counter()
    work()
    return round(time.perf_counter() - began, 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    claims = 30 if parser.parse_args().quick else 300
    from claimdesk.desktop.report_pdf import publish_pdf

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _project(root / "p.claimdesk", claims)
        with Store.open(root / "p.claimdesk", create=False) as store:
            html = _timed(lambda: publish_report(store, root / "r.html"))
            split = _timed(lambda: publish_report(store, root / "pages", split=True))
            pdf = _timed(lambda: publish_pdf(store, root / "r.pdf"))
        print(json.dumps({
            "claims": claims,
            "html_seconds": html,
            "html_bytes": (root / "r.html").stat().st_size,
            "split_seconds": split,
            "pdf_seconds": pdf,
            "pdf_bytes": (root / "r.pdf").stat().st_size,
        }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
