"""Random and mutated input to every reader: it imports, or raises ClaimdeskError and leaves
the project as it was; never another exception. And Qt↔store offsets round-trip.

CLAIMDESK_FUZZ_EXAMPLES (default 150) sets the examples per target; `pytest -s` prints
how many ran.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.article_files import decode_article_bytes, read_article_file
from claimdesk.db.interchange.article_import import import_article_file
from claimdesk.db.interchange.bounded_read import SQLITE_MAGIC
from claimdesk.db.interchange.export import export_project
from claimdesk.db.rules.check import check_project
from claimdesk.db.rules.limits import JSON_DEPTH, NAME_CHARS, NOTE_CHARS
from claimdesk.desktop.workspace.offsets import OffsetMap

EXAMPLES = int(os.environ.get("CLAIMDESK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
RAN: Counter[str] = Counter()
REFUSED: Counter[str] = Counter()
TEXT = "Officials said 400 were freed 👩🏽‍⚖️. Café (cafe\u0301) owners cheered. قال 400.\n"


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    for target, count in sorted(RAN.items()):
        refused = f" ({REFUSED[target]} refused)" if target in REFUSED else ""
        print(f"\nfuzz {target}: {count} cases{refused}, no crash, no partial write")


@pytest.fixture(scope="module")
def workspace():
    with tempfile.TemporaryDirectory(prefix="claimdesk-fuzz-") as folder:
        path = Path(folder) / "fuzz.claimdesk"
        with Store.open(path) as store:
            yield store, Path(folder)


def fingerprint(store: Store) -> str:
    return hashlib.sha256("\n".join(store.conn.iterdump()).encode()).hexdigest()


def valid_exports(folder: Path) -> dict[str, bytes]:
    """One real export per readable format, from a small project with links and claims."""
    with Store.open(folder / "source.claimdesk") as source:
        who = source.ensure_annotator("Ana")
        tags = source.tags()
        article = source.add_article(TEXT * 3, title="Report", outlet="Wire")
        made = [
            source.add_annotation(article.id, s, s + 9, tags[s % 3].id, who.id, note="n").id
            for s in (0, 40, 90, 130)
        ]
        source.add_link(made[0], made[1], "supports", who.id)
        source.add_claim(who.id, made[:2], wording="400 freed", verdict_id=source.verdicts()[0].id)
        exports = {}
        for fmt, suffix in (("jsonl", ".jsonl"), ("w3c", ".jsonld"), ("labelstudio", ".json")):
            out = folder / f"valid{suffix}"
            export_project(source, fmt, out)
            exports[fmt] = out.read_bytes()
    return exports


@pytest.fixture(scope="module")
def exports(workspace):
    return valid_exports(workspace[1])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def mutate_json(document, rng: random.Random, value) -> None:
    """Replace, delete or add one value somewhere in the parsed document."""
    node = document
    for _ in range(rng.randrange(1, 8)):
        children = (
            list(node.items())
            if isinstance(node, dict)
            else list(enumerate(node))
            if isinstance(node, list)
            else []
        )
        containers = [(k, v) for k, v in children if isinstance(v, dict | list) and v]
        if not containers or rng.random() < 0.3:
            break
        _, node = rng.choice(containers)
    if isinstance(node, dict) and node:
        key = rng.choice(list(node))
        if rng.random() < 0.3:
            del node[key]
        else:
            node[key] = value
    elif isinstance(node, list) and node:
        node[rng.randrange(len(node))] = value


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        spot = rng.randrange(len(data))
        action = rng.randrange(3)
        if action == 0:
            data[spot] = rng.randrange(256)
        elif action == 1:
            del data[spot : spot + rng.randrange(1, 50)]
        else:
            data[spot:spot] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
    return bytes(data)


def import_or_refuse(store: Store, path: Path, fmt: str | None, target: str) -> None:
    before = fingerprint(store)
    try:
        import_annotations(store, path, fmt)
    except ClaimdeskError as error:
        assert str(error)
        assert fingerprint(store) == before, f"{target}: a refused import changed the project"
        REFUSED[target] += 1
    RAN[target] += 1


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "labelstudio"])
@FUZZ
@given(seed=st.integers(0, 2**32), value=json_values, raw=st.booleans(), guess=st.booleans())
def test_a_mutated_export_imports_or_is_refused_cleanly(
    workspace, exports, fmt, seed, value, raw, guess
):
    store, folder = workspace
    rng = random.Random(seed)
    data = exports[fmt]
    if raw:
        data = mutate_bytes(data, rng)
    else:
        lines = data.decode().splitlines() if fmt == "jsonl" else [data.decode()]
        line = rng.randrange(len(lines))
        document = json.loads(lines[line])
        mutate_json(document, rng, value)
        lines[line] = json.dumps(document, ensure_ascii=rng.random() < 0.5)
        data = "\n".join(lines).encode()
    path = folder / f"mutated{ {'jsonl': '.jsonl', 'w3c': '.jsonld'}.get(fmt, '.json') }"
    path.write_bytes(data)
    import_or_refuse(store, path, None if guess else fmt, f"{fmt} (mutated export)")


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "labelstudio"])
@FUZZ
@given(document=json_values)
def test_any_json_document_imports_or_is_refused_cleanly(workspace, fmt, document):
    store, folder = workspace
    path = folder / "random.json"
    path.write_text(json.dumps(document))
    import_or_refuse(store, path, fmt, f"{fmt} (random JSON)")


def nested(depth: int, inner=None) -> object:
    """`depth` levels of lists and objects around `inner`."""
    value = inner
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


hostile_values = st.one_of(
    st.sampled_from(
        [
            "\ud800",  # a lone surrogate: SQLite cannot store it
            "a\x00b",
            "9999-12-31T23:59:59-05:00",  # past year 9999 in UTC
            "0001-01-01T00:00:00+05:00",  # before year 1 in UTC
            "not a date",
            "http://x",  # a string where a list belongs
            "",
            2**70,  # too large for SQLite's integers
            -1,
            1e308,
            float("inf"),
            float("nan"),
            True,
            None,
            {},
            [],
            [{}],
        ]
    ),
    st.integers(JSON_DEPTH - 3, JSON_DEPTH + 3).map(nested),
    st.sampled_from([NAME_CHARS + 1, NOTE_CHARS + 1]).map(lambda length: "x" * length),
    st.text(st.characters(categories=["Cs", "Cc"]), min_size=1, max_size=5),
)


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "labelstudio"])
@FUZZ
@given(seed=st.integers(0, 2**32), value=hostile_values)
def test_a_hostile_value_anywhere_in_an_export_imports_soundly_or_is_refused(
    workspace, exports, fmt, seed, value
):
    store, folder = workspace
    rng = random.Random(seed)
    lines = exports[fmt].decode().splitlines() if fmt == "jsonl" else [exports[fmt].decode()]
    line = rng.randrange(len(lines))
    document = json.loads(lines[line])
    mutate_json(document, rng, value)
    lines[line] = json.dumps(document)  # ASCII: a lone surrogate stays an escape
    path = folder / f"hostile{ {'jsonl': '.jsonl', 'w3c': '.jsonld'}.get(fmt, '.json') }"
    path.write_text("\n".join(lines), encoding="utf-8")
    import_or_refuse(store, path, fmt, f"{fmt} (hostile value)")
    assert check_project(store) == [], f"{fmt}: an accepted import left the project unsound"


@FUZZ
@given(depth=st.integers(0, 3 * JSON_DEPTH), inner=json_values)
def test_json_within_the_depth_limit_is_read_and_deeper_json_is_refused_by_it(
    workspace, depth, inner
):
    store, folder = workspace
    record = {"id": "deep", "text": "Some text.", "extra": nested(depth, inner)}
    path = folder / "deep.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    levels = 1 + depth + _depth(inner)
    try:
        import_annotations(store, path, "jsonl")
    except ClaimdeskError as error:
        assert ("nested deeper" in str(error)) == (levels > JSON_DEPTH), str(error)
    else:
        assert levels <= JSON_DEPTH
    RAN["JSON depth"] += 1


def _depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "latin-1", "cp1252", "shift_jis", "koi8-r"]


@FUZZ
@given(
    data=st.binary(max_size=3000)
    | st.builds(
        lambda bom, text, encoding: bom + text.encode(encoding, errors="replace"),
        st.sampled_from(BOMS),
        st.text(max_size=1500),
        st.sampled_from(ENCODINGS),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_bytes_as_an_article_file_import_or_are_refused_cleanly(workspace, data, suffix):
    store, folder = workspace
    path = folder / f"article{suffix}"
    path.write_bytes(data)
    try:
        text, _ = decode_article_bytes(data)
        assert isinstance(text, str)
        read_article_file(path)
    except ClaimdeskError:
        pass
    before = fingerprint(store)
    outcome = import_article_file(store, path)
    if outcome.error:
        assert str(path) in outcome.error
        assert fingerprint(store) == before
    RAN["article files"] += 1


@FUZZ
@given(
    text=st.text(min_size=1, max_size=3000),
    spot=st.integers(0, 12_000),
    magic=st.booleans(),
)
def test_a_nul_or_the_sqlite_header_anywhere_is_never_an_article(workspace, text, spot, magic):
    store, folder = workspace
    data = b"Officials said 400 were freed. " * 300 + text.encode("utf-8", "surrogatepass")
    data = data[:spot] + b"\x00" + data[spot:]
    if magic:
        data = SQLITE_MAGIC + data
    path = folder / "binary.txt"
    path.write_bytes(data)
    before = fingerprint(store)
    outcome = import_article_file(store, path)
    assert outcome.article is None and str(path) in outcome.error
    assert fingerprint(store) == before
    RAN["binary article files"] += 1


hard_text = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=4)
    | st.sampled_from(
        ["👩🏽\u200d⚖️", "\U0001f600", "e\u0301", "\u200b", "\u202e", "\u2066", "قال"]
    ),
    max_size=20,
).map("".join)


@FUZZ
@given(text=hard_text)
def test_offsets_convert_between_qt_and_the_store_and_back(text):
    offsets = OffsetMap(text)
    assert offsets.utf16_length == len(text.encode("utf-16-le")) // 2
    for index in range(len(text) + 1):
        position = offsets.to_qt(index)
        assert position == len(text[:index].encode("utf-16-le")) // 2
        assert offsets.from_qt(position) == index
        if index < len(text) and ord(text[index]) > 0xFFFF:
            assert offsets.from_qt(position + 1) == index  # inside the surrogate pair
    RAN["Qt offsets"] += 1
