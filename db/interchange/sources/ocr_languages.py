"""Which of Tesseract's language data to read with, when the user names it or not.

`claimdesk import --ocr-language spa+eng` names Tesseract's own codes: each must be
installed, or the command is refused in one line naming the package to install. Without
it, the system's locale decides (`LANG=pt_BR.UTF-8`: every installed pack for Portuguese),
else English, the data every installation has.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ImportFailure

from . import ocr as tesseract_ocr

ISO_639 = {
    "af": "afr", "ar": "ara", "az": "aze", "be": "bel", "bg": "bul", "bn": "ben",
    "ca": "cat", "cs": "ces", "cy": "cym", "da": "dan", "de": "deu", "el": "ell",
    "en": "eng", "es": "spa", "et": "est", "eu": "eus", "fa": "fas", "fi": "fin",
    "fr": "fra", "ga": "gle", "gl": "glg", "he": "heb", "hi": "hin", "hr": "hrv",
    "hu": "hun", "hy": "hye", "id": "ind", "is": "isl", "it": "ita", "ja": "jpn",
    "ka": "kat", "kk": "kaz", "ko": "kor", "lt": "lit", "lv": "lav", "mk": "mkd",
    "ms": "msa", "mt": "mlt", "nb": "nor", "nl": "nld", "nn": "nor", "no": "nor",
    "pl": "pol", "pt": "por", "ro": "ron", "ru": "rus", "sk": "slk", "sl": "slv",
    "sq": "sqi", "sr": "srp", "sv": "swe", "sw": "swa", "ta": "tam", "th": "tha",
    "tl": "tgl", "tr": "tur", "uk": "ukr", "ur": "urd", "uz": "uzb", "vi": "vie",
    "zh": "chi",
}  # fmt: skip
"""A locale's language (ISO 639-1) to Tesseract's code for it (ISO 639-2/T)."""
MAX_CODES = 100
"""Characters of a named set of languages: no real one is longer."""


def checked_codes(value: str) -> str:
    """The user's `--ocr-language`, each of its codes installed; `ImportFailure` otherwise."""
    if tesseract_ocr.tesseract() is None:
        raise ImportFailure(message("OCR needs Tesseract, which is not installed"))
    if len(value) > MAX_CODES or not tesseract_ocr.is_tesseract_codes(value):
        raise ImportFailure(
            message(
                "{value!r} is not a Tesseract language code such as eng, spa or chi_sim"
                " (several joined by +, as spa+eng)",
                value=value[:MAX_CODES],
            )
        )
    installed = tesseract_ocr.installed_languages()
    for code in value.split("+"):
        if code not in installed:
            listed = ", ".join(sorted(installed - {"osd"})) or message("none")
            raise ImportFailure(
                message(
                    "Tesseract has no {code!r} language data (its package is usually"
                    " tesseract-ocr-{package}); installed: {listed}",
                    code=code,
                    package=code.lower().replace("_", "-"),
                    listed=listed,
                )
            )
    return value


def system_codes(environ: Mapping[str, str] | None = None) -> str:
    """The installed packs for the locale's language ("por", "chi_sim+chi_tra"), else "eng"."""
    environ = os.environ if environ is None else environ
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    base = ISO_639.get(re.split(r"[_.@-]", locale)[0].lower(), "")
    installed = tesseract_ocr.installed_languages()
    found = sorted(code for code in installed if base and code.split("_")[0] == base)
    return "+".join(found) or tesseract_ocr.LANGUAGE
