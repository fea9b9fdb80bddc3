"""The report as a PDF, laid out by Qt's text engine (QTextDocument → QPdfWriter): no
browser engine, so the bundle stays small and nothing can run or fetch while printing.

The page is the `pdf` template's HTML (the subset Qt lays out); each timeline chart is
the same SVG as the web page's, drawn to an image the document names `chart-<number>.svg`.
Works headless: the command line runs it on Qt's offscreen platform.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from claimdesk.db.interchange.formats.common import CancelCheck, Progress, atomic_path
from claimdesk.db.report.chart import chart_svg
from claimdesk.db.report.content import Report, gather
from claimdesk.db.report.publish import Published, archived, write_pages
from claimdesk.db.report.render import Layout
from claimdesk.db.storage.store import Store

_RESOLUTION = 300
_CHART_SCALE = 2


def publish_pdf(
    store: Store,
    out: Path,
    *,
    chosen: Iterable[str] = (),
    split: bool = False,
    template: Path | None = None,
    settings: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Published:
    """Write the report as a PDF (with `split`, a folder of one PDF per claim)."""
    _ensure_gui_application()
    report = gather(store, chosen=chosen, settings=settings)

    layout = Layout("pdf", template)

    def write(page: Report, path: Path) -> None:
        write_pdf(page, path, layout)

    published = write_pages(
        report, out, "pdf", write, split=split, progress=progress, cancelled=cancelled
    )
    return archived(store, report, published)


def write_pdf(report: Report, out: Path, layout: Layout) -> None:
    """One PDF of `report` laid out by `layout`, which appears at `out` only once complete."""
    document = pdf_document(report, layout)
    with atomic_path(out) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(_RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator("Claimdesk")
        page = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
        writer.setPageLayout(page)
        document.print_(writer)
        del writer  # the file is finished when the writer goes


def pdf_document(report: Report, layout: Layout) -> QTextDocument:
    """The report laid out as Qt prints it: the template's HTML, each chart an image."""
    document = QTextDocument()
    document.setDefaultFont(_without_ligatures(document.defaultFont()))
    for claim in report.claims:
        svg = chart_svg(claim.timeline, claim.wording, report.language)
        if svg:
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"chart-{claim.number}.svg"),
                _svg_image(str(svg)),
            )
    document.setHtml(layout.render(report))
    return document


def _without_ligatures(font: QFont) -> QFont:
    """Ligatures off: with them "confirmed" is extracted, searched and copied as "conﬁrmed".
    (Font features came with Qt 6.7; an older Qt keeps its ligatures.)"""
    if not hasattr(font, "setFeature"):
        return font
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _svg_image(svg: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * _CHART_SCALE
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(_CHART_SCALE)
    return image


def _ensure_gui_application() -> None:
    """Qt lays text out only with a GUI application: the window's, else an offscreen one.
    A full QApplication, so that a window opened later in the process finds the kind it
    needs (a plain QGuiApplication would make it abort)."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QApplication([])


_APP: QApplication | None = None
"""The offscreen application a command-line run needs, kept alive for the process."""
