"""Reading a dataset file's JSON: bounded, depth-limited, one line for any fault.

`json.loads` recurses once per level of nesting: a file of 100,000 opening brackets
ends in RecursionError. Nesting is measured first, on the text with its strings removed
(two regular-expression passes and at most JSON_DEPTH replacements, all at C speed), so a
too-deep file is refused by the limit, before the parser sees it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..bounded_read import decode_utf8, read_bounded, shown_path
from ..errors import ValidationError
from ..limits import DATASET_BYTES, JSON_DEPTH

_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_INNERMOST = re.compile(r"\[\]|\{\}")


def read_dataset_text(path: Path) -> str:
    """The whole file as text, at most DATASET_BYTES."""
    return decode_utf8(read_bounded(path, DATASET_BYTES, "one dataset file"), shown_path(path))


def parse_json(text: str, where: str) -> Any:
    """One JSON document; ValidationError naming `where` when invalid or nested too deep."""
    if _deeper_than_limit(text):
        raise ValidationError(f"{where}: JSON nested deeper than {JSON_DEPTH} levels; refused")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValidationError(
            f"{where}: JSON nested deeper than {JSON_DEPTH} levels; refused"
        ) from None
    except ValueError as error:
        raise ValidationError(f"{where}: not valid JSON ({error})") from None


def _deeper_than_limit(text: str) -> bool:
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _ in range(JSON_DEPTH):
        if not brackets:
            return False
        inner_removed = _INNERMOST.sub("", brackets)  # one level per pass
        if inner_removed == brackets:
            return False  # unbalanced: invalid JSON, which the parser reports
        brackets = inner_removed
    return bool(brackets)
