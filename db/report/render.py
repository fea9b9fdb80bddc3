"""Turning a `Report` into text: HTML, Markdown, or the HTML subset Qt lays out as a PDF.

Each layout is a Jinja2 template a newsroom can replace (`--template`). Whatever a
template prints from the project is escaped without it asking: HTML output autoescapes,
Markdown output escapes every printed value (`finalize`), links that are not http(s)
are shown as text, and JSON-LD is written so that no value can close its element. A
replacement template runs sandboxed: it can lay the report out, not reach into Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from claimdesk.db.interchange.bounded_read import decode_utf8, read_bounded, shown_path
from claimdesk.db.messages import message
from claimdesk.db.report.chart import chart_svg
from claimdesk.db.report.content import Report
from claimdesk.db.report.labels import isolated, labels, written_date
from claimdesk.db.storage.errors import ValidationError

FORMATS = ("html", "md", "pdf")
SUFFIXES = {"html": ".html", "md": ".md", "pdf": ".pdf"}
_DEFAULTS = {"html": "report.html.j2", "md": "report.md.j2", "pdf": "report_pdf.html.j2"}
TEMPLATE_BYTES = 1_000_000
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()<>#|&])")
_SPACES = re.compile(r"\s+")


def render(report: Report, fmt: str, template: Path | None = None) -> str:
    """The report as one page in `fmt`, laid out by `template` (a file) or the default."""
    return Layout(fmt, template).render(report)


class Layout:
    """A template read and compiled once, for every page of a report."""

    def __init__(self, fmt: str, template: Path | None = None):
        if fmt not in _DEFAULTS:
            raise ValidationError(
                message(
                    "unknown report format {fmt!r}; use one of {names}",
                    fmt=fmt,
                    names=", ".join(FORMATS),
                )
            )
        self._markup = fmt != "md"
        self._where = shown_path(template) if template else _DEFAULTS[fmt]
        source = _template_text(template) if template else _default_text(fmt)
        with self._failures():
            self._compiled = _environment(fmt).from_string(source)

    def render(self, report: Report) -> str:
        with self._failures():
            words = labels(report.language)
            # As Markup in HTML, so `labels.x.format(...)` escapes what fills it; in
            # Markdown plain text, which `finalize` escapes.
            shown = {k: escape(v) for k, v in words.items()} if self._markup else dict(words)

            def chart(claim: Any) -> Markup:
                title = words["chart_title"].format(wording=claim.wording)
                return chart_svg(claim.timeline, title, report.language)

            return self._compiled.render(
                report=report, claims=report.claims, labels=shown, chart=chart, bdi=_bdi
            )

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """A template's error, as one line naming the template and its line."""
        try:
            yield
        except TemplateError as error:
            line = getattr(error, "lineno", None)
            failed = (
                message(
                    "{template} (line {line}): the report template failed: {error}",
                    template=self._where,
                    line=line,
                    error=str(error),
                )
                if line
                else message(
                    "{template}: the report template failed: {error}",
                    template=self._where,
                    error=str(error),
                )
            )
            raise ValidationError(failed) from error


def _environment(fmt: str) -> SandboxedEnvironment:
    markdown = fmt == "md"
    environment = SandboxedEnvironment(
        autoescape=not markdown,
        undefined=StrictUndefined,
        finalize=_markdown_text if markdown else None,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["link"] = _markdown_link if markdown else web_link
    environment.filters["jsonld"] = json_ld
    environment.filters["day"] = _day
    environment.filters["iso"] = isolated
    return environment


def _bdi(text: str) -> Markup:
    """`text` (escaped) isolated from the direction around it, for a label to hold."""
    return Markup("<bdi>{}</bdi>").format(text)


@pass_context
def _day(context: Context, value: str) -> str:
    """`{{ point.date|day }}`: the date in the page's language; in HTML a `<time>` element
    keeping the ISO date for machines, in Markdown the words alone."""
    shown = written_date(value, context["report"].language)
    if context.eval_ctx.autoescape and shown != value:
        return Markup('<time datetime="{}">{}</time>').format(value, shown)
    return escape(shown) if context.eval_ctx.autoescape else shown


def web_link(url: str) -> str:
    """The URL if a reader can follow it safely (http or https), else "" (shown as text)."""
    text = url.strip()
    return text if re.match(r"https?://[^\s<>\"']+$", text, re.IGNORECASE) else ""


def _markdown_link(url: str) -> Markup:
    """In Markdown a link is written as `<url>`, where escapes are not read: the URL goes
    as it is, which is safe as `web_link` lets no space, quote or angle bracket through."""
    return Markup(web_link(url))


def json_ld(value: Any) -> Markup:
    """JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are
    written as \\u escapes, so a quote holding `</script>` cannot end the element."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, code)
    return Markup(text)


def _markdown_text(value: Any) -> Any:
    """A value on one line, escaped; a label's own spaces kept (": ", ", ")."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _MARKDOWN_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", value))
    return value


def _default_text(fmt: str) -> str:
    folder = resources.files("claimdesk.db.report").joinpath("templates")
    return folder.joinpath(_DEFAULTS[fmt]).read_text(encoding="utf-8")


def _template_text(path: Path) -> str:
    return decode_utf8(read_bounded(path, TEMPLATE_BYTES, "a report template"), shown_path(path))
