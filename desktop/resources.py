"""Files shipped in `resources/`, found the same way from a checkout and an installed wheel."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap


def resource_bytes(name: str) -> bytes:
    return resources.files("claimdesk.resources").joinpath(name).read_bytes()


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(resource_bytes("icons/claimdesk.svg"), "SVG")
    return QIcon(pixmap)
