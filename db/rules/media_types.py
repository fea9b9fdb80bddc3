"""A file's media type told from its first bytes, never from its name: an attachment
named `report.pdf` that holds an executable is stored, listed and checked as what it is."""

from __future__ import annotations

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),  # also .docx, .odt, .wacz: all zip containers
    (b"\x1f\x8b", "application/gzip"),  # also .warc.gz
    (b"WARC/1.", "application/warc"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
)
_UNKNOWN = "application/octet-stream"


def sniff_media_type(data: bytes) -> str:
    """The media type of common evidence files by their signature; text that is valid
    UTF-8 without NUL is `text/plain` (HTML is kept as text: it is never rendered)."""
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if data and b"\x00" not in data[:65536] and _is_utf8(data):
        return "text/plain"
    return _UNKNOWN


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
