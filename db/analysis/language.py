"""Which of the languages Claimdesk reads a text is in, from its most common short words.

Function words tell English, Spanish, Portuguese and French apart within a sentence or two
(every language's list holds words the others lack: "the", "los", "não", "les"); Arabic is
told by its script. No model, no network, the same answer every time. Too little text to
tell is read as English, the language the figures readers fall back to.

An article's language is told once, at import, and stored (`records.articles`); a user may
set it in Article details. A document that names its language (an HTML page's `lang`, a
Word or OpenDocument file's default, a PDF's /Lang, a WebVTT `Language:` header) is
taken at its word when it names one of these (`language_named`). `article_language` is
the one rule every reader follows.
"""

from __future__ import annotations

import re
from collections import Counter

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "es", "pt", "fr", "ar")
"""The languages an article may be read in (ISO 639-1), as stored; empty: not told yet."""
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
    "ar": "العربية",
}
"""Each language named in itself, as a reader of it looks for it in a list."""
SAMPLE_CHARACTERS = 20_000
"""Enough words to decide; an article's opening is in its language."""

_FUNCTION_WORDS = {
    "en": "the of and is are was were to in with for that this which said according but"
    " from by has have been not it its they their also would will",
    "es": "el los las del y es son fue en con por para que una unos pero según dijo"
    " también sus muy está han ha sido entre sobre desde cuando más al no",
    "pt": "o os as do da dos das e é são foi em no na nos com por para que uma mas segundo"
    " disse também seus muito está foram ao pela pelo não entre sobre quando mais",
    "fr": "le les des du et est sont été en dans avec pour que une mais selon déclaré aussi"
    " ses très sont ont entre sur depuis quand plus au aux ne pas qui",
}
_WORDS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
FUNCTION_WORDS = frozenset().union(*_WORDS.values())
"""Every language's function words: never what a figure counts or a claim is about."""
_LANGUAGES_OF = {
    word: tuple(language for language, words in _WORDS.items() if word in words)
    for word in FUNCTION_WORDS
}
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")


def article_language(stored: str, opening: str) -> str:
    """The language an article is read in: the one stored (told at import or set by the
    user), else (a project from before languages were stored) the one its opening is in."""
    return stored if stored in LANGUAGES else detect_language(opening)


def language_named(tag: str) -> str:
    """The language Claimdesk reads that a document's own language tag names (BCP 47 or
    POSIX: "es-VE", "pt_BR", "FR"; of a list, "es, en", the first), else "" (not one it
    reads, or no tag): a document that says its language is read in it, not told."""
    primary = re.split(r"[-_,;\s]", tag.strip().lower(), maxsplit=1)[0] if tag else ""
    return primary if primary in LANGUAGES else ""


def language_problem(value: object) -> str | None:
    """For the rules: a stored language is empty or one Claimdesk reads."""
    if value == "" or value in LANGUAGES:
        return None
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
    return f"language {shown} is not one Claimdesk reads ({', '.join(LANGUAGES)})"


def detect_language(text: str) -> str:
    """ "en", "es", "pt", "fr" or "ar": the language whose function words `text` uses
    most, or Arabic when most of its letters are Arabic."""
    words = _WORD.findall(text[:SAMPLE_CHARACTERS].lower())
    letters = sum(map(len, words))
    if letters and len(_ARABIC.findall(text, 0, SAMPLE_CHARACTERS)) * 2 > letters:
        return "ar"
    hits: Counter[str] = Counter()
    for word, count in Counter(words).items():
        for language in _LANGUAGES_OF.get(word, ()):
            hits[language] += count
    ranked = hits.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return DEFAULT_LANGUAGE  # nothing, or a tie: too little to tell
    return ranked[0][0]
