"""Importing a 300-page PDF (target under 10 s) and listing the pages of a large web archive
(streamed: memory stays flat, target under 200 MB above the start).

The PDF is written here (Helvetica text, a running header and a page-number footer on every
page, 300 pages of about 3 kB each), so the benchmark needs no word processor. Baseline: the
same text imported as a plain-text file. Measured by hand while choosing the library, on a
300-page LibreOffice export: PDFium (pypdfium2) 0.7 s to extract, pypdf 29 s.

The archive holds a few HTML pages among large image records (1 GB; 64 MB with --quick).

    .venv/bin/python tests/benchmarks/bench_sources.py [--quick]
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fixtures.sources.pdf_writer import write_pdf

WORDS = (
    "the", "council", "said", "spending", "on", "roads", "rose", "by", "12", "per", "cent",
    "last", "year", "while", "critics", "noted", "that", "figures", "were", "revised",
    "twice", "and", "minister", "claimed", "unemployment", "fell",
)  # fmt: skip


def write_report_pdf(path: Path, pages: int, seed: int = 7) -> str:
    """300 pages of 48 lines under a running header and over a page-number footer; returns
    the body text (for the baseline)."""
    rng = random.Random(seed)
    shown, bodies = [], []
    for number in range(1, pages + 1):
        lines = [" ".join(rng.choice(WORDS) for _ in range(12)) for _ in range(48)]
        bodies.append("\n".join(lines))
        shown.append(
            [
                ("Annual report of the council 2024", 800),
                *((line, 760 - 14 * row) for row, line in enumerate(lines)),
                (f"Page {number} of {pages}", 40),
            ]
        )
    write_pdf(path, shown)
    return "\n\n".join(bodies)


def write_warc(path: Path, megabytes: int) -> int:
    """A gzipped WARC: an HTML page every 16 MB among 1 MB image records; returns pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    noise = random.Random(3).randbytes(1 << 20)  # incompressible, as images are
    pages = 0
    with open(path, "wb") as file:
        writer = WARCWriter(file, gzip=True)
        for index in range(megabytes):
            if index % 16 == 0:
                pages += 1
                body = " ".join(WORDS)
                html = f"<html><head><title>{index}</title></head><body><p>{body}</p></body></html>"
                kind, payload = "text/html", html.encode()
            else:
                kind, payload = "image/jpeg", noise
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{index}", "response", payload=io.BytesIO(payload),
                    http_headers=headers,
                )
            )  # fmt: skip
    return pages


CHILD = """
import resource, sys, time
from pathlib import Path
from claimdesk.db.interchange.sources.web_archive import list_pages
began = time.perf_counter()
pages = list_pages(Path(sys.argv[1])) if sys.argv[1] else []
print(len(pages), time.perf_counter() - began, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def list_in_child(archive: Path | None) -> tuple[int, float, float]:
    """(pages, seconds, peak MB) of listing in a fresh interpreter; None lists nothing."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(archive or "")],
        capture_output=True,
        text=True,
        check=True,
    )
    pages, seconds, peak_kb = done.stdout.split()
    return int(pages), float(seconds), int(peak_kb) / 1024


def run(quick: bool) -> dict:
    from claimdesk.db import Store
    from claimdesk.db.interchange.article_import import import_articles

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pdf = root / "report.pdf"
        text = write_report_pdf(pdf, 300)
        plain = root / "report.txt"
        plain.write_text(text, encoding="utf-8")
        with Store.open(root / "pdf.claimdesk") as store:
            began = time.perf_counter()
            (pdf_outcome,) = import_articles(store, [pdf]).outcomes
            pdf_seconds = time.perf_counter() - began
        with Store.open(root / "text.claimdesk") as store:
            began = time.perf_counter()
            import_articles(store, [plain])
            text_seconds = time.perf_counter() - began
        assert pdf_outcome.article is not None, pdf_outcome.message()
        assert "Annual report" not in pdf_outcome.article.text  # the running header left out
        archive = root / "capture.warc.gz"
        size = 64 if quick else 1024
        expected = write_warc(archive, size)
        _, _, bare_mb = list_in_child(None)
        listed, list_seconds, peak = list_in_child(archive)
        assert listed == expected
    return {
        "pdf_pages": 300,
        "pdf_import_seconds": round(pdf_seconds, 3),
        "text_import_seconds": round(text_seconds, 3),
        "warc_megabytes": size,
        "warc_pages": expected,
        "warc_list_seconds": round(list_seconds, 3),
        "warc_list_peak_mb": round(peak, 1),
        "bare_reader_peak_mb": round(bare_mb, 1),
    }


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=2))
