"""The translators' files: which strings the interface shows, and each language's `.ts`.

`python -m claimdesk.desktop.i18n.catalog` reads every `translate`, `translate_n` and `mark`
call in `desktop/` (their first two arguments must be literal strings), rewrites each
language's `resources/translations/<code>.ts` keeping the translations it already has (new
strings are left `unfinished` for a translator, vanished ones dropped), then compiles the
`.qm` files the app loads with Qt's `lrelease`. Qt's own `lupdate` is not used: it does not
see plural forms in calls like ours. What `db` says (`message`, `message_n` in
`claimdesk.db.messages`: errors, report lines) is read from `db/` into the `Messages`
context; English's file gets those counted messages' two forms from the source itself.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.db.messages import CONTEXT as DB_CONTEXT

from .language import LANGUAGES

DESKTOP = Path(__file__).resolve().parents[1]
DB = DESKTOP.parent / "db"
TRANSLATIONS = DESKTOP.parent / "resources" / "translations"
CALLS = {"translate": False, "translate_n": True, "mark": False}
"""The marking functions, and whether their string has a count (plural forms)."""
DB_CALLS = {"message": False, "message_n": True}
"""`db`'s message functions (their context is always `DB_CONTEXT`)."""


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""
    plural: bool = False
    english: tuple[str, ...] = field(default=(), compare=False)
    """A counted `db` message's English forms (singular, plural), written to English's file."""


def extract(folder: Path = DESKTOP) -> list[Message]:
    """Every string marked for translation in `folder`'s Python files, sorted."""
    return _found(folder, _message)


def _found(folder: Path, read: Callable[[ast.AST, Path], Message | None]) -> list[Message]:
    """The messages `read` finds in the calls of `folder`'s Python files, sorted."""
    found: set[Message] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            message = read(node, path)
            if message is not None:
                found.add(message)
    return sorted(found)


def _message(node: ast.AST, path: Path) -> Message | None:
    if not isinstance(node, ast.Call):
        return None
    name = node.func.id if isinstance(node.func, ast.Name) else None
    if name not in CALLS or len(node.args) < 2:
        return None
    literals = [
        arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
        for arg in node.args[:3]
    ]
    context, text = literals[0], literals[1]
    if context is None or text is None:
        raise ValueError(f"{path}:{node.lineno}: {name}() needs literal context and text")
    disambiguation = literals[2] if len(literals) > 2 and not CALLS[name] else None
    return Message(context, text, disambiguation or "", CALLS[name])


def extract_db(folder: Path = DB) -> list[Message]:
    """Every `db` message template in `folder`'s Python files, sorted."""
    return _found(folder, _db_message)


def _db_message(node: ast.AST, path: Path) -> Message | None:
    if not isinstance(node, ast.Call):
        return None
    func = node.func  # `message(...)`, or `messages.message(...)` where a name is taken
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        name = func.attr if func.value.id == "messages" else None
    else:
        name = func.id if isinstance(func, ast.Name) else None
    if name not in DB_CALLS:
        return None
    wanted = 2 if DB_CALLS[name] else 1
    literals = [
        arg.value
        for arg in node.args[:wanted]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    ]
    if len(literals) < wanted:
        raise ValueError(f"{path}:{node.lineno}: {name}() needs literal text")
    if DB_CALLS[name]:
        return Message(DB_CONTEXT, literals[1], plural=True, english=tuple(literals))
    return Message(DB_CONTEXT, literals[0])


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{language}.ts"


def read_translations(language: str) -> dict[tuple[str, str, str], list[str]]:
    """What a `.ts` file translates: (context, source, disambiguation) → its forms
    (one, or one per plural form); unfinished translations are left out."""
    path = ts_path(language)
    if not path.exists():
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = forms or [translation.text or ""]
    return found


def write_ts(language: str, messages: list[Message]) -> int:
    """Rewrite `language`'s `.ts` for `messages`; how many are still untranslated."""
    known = read_translations(language)
    root = ElementTree.Element("TS", version="2.1", language=language)
    missing = 0
    contexts: dict[str, ElementTree.Element] = {}
    for message in messages:
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = message.context
        element = ElementTree.SubElement(context, "message")
        if message.plural:
            element.set("numerus", "yes")
        ElementTree.SubElement(element, "source").text = message.source
        if message.disambiguation:
            ElementTree.SubElement(element, "comment").text = message.disambiguation
        forms = known.get((message.context, message.source, message.disambiguation))
        if not forms and language == "en":
            forms = list(message.english)
        translation = ElementTree.SubElement(element, "translation")
        if not forms:
            translation.set("type", "unfinished")
            missing += 1
            forms = [""]
        if message.plural:
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ElementTree.indent(root)
    text = ElementTree.tostring(root, encoding="unicode")
    ts_path(language).write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8"
    )
    return missing


def lrelease() -> str:
    """Qt's `.ts` compiler, as PySide6 installs it."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"  # in a virtual environment
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease is not installed (it comes with PySide6)")
    return found


def compile_qm(language: str, target: Path | None = None) -> Path:
    """Compile `language`'s `.ts` into the `.qm` the app loads (or into `target`)."""
    target = target or TRANSLATIONS / f"{language}.qm"
    subprocess.run(
        [lrelease(), "-silent", str(ts_path(language)), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def catalogued(language: str, messages: list[Message]) -> list[Message]:
    """What `language`'s file holds: every message, but English only the counted ones
    (their singular and plural forms; the rest is the source itself)."""
    return messages if language != "en" else [m for m in messages if m.plural]


def every_message() -> list[Message]:
    """What the translators translate: the window's strings and `db`'s messages."""
    return sorted({*extract(), *extract_db()})


def main() -> int:
    messages = every_message()
    for language in LANGUAGES:
        wanted = catalogued(language, messages)
        missing = write_ts(language, wanted)
        compile_qm(language)
        print(f"{language}: {len(wanted)} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
