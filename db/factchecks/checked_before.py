"""Checked before? for many claims at once, away from the window: the project's archive and
the shared one beside it opened read-only on connections of their own (the caller's thread
may be a worker's), each text matched once, stopping early when asked.

`archive_state` is what the results depend on, cheap enough to ask on every selection: when
it changes (fact-checks imported or published, another shared archive chosen, the shared
file rewritten), earlier results are stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.db.messages import said
from claimdesk.db.storage.errors import ClaimdeskError
from claimdesk.db.storage.fact_check_store import fact_check_count
from claimdesk.db.storage.store import Store

from .matching import Match, match_everywhere
from .shared import reading_shared, shared_archive_path

LIMIT = 5
"""Matches kept per text: the editor shows them all, the dialog the same."""

ArchiveState = tuple[int, str, int, int]


@dataclass
class MatchedTexts:
    """What one batch found: the matches of each text matched (best first; [] for none),
    how many checks the archives hold, and why the shared archive was left out, if it was."""

    found: dict[str, list[Match]] = field(default_factory=dict)
    archive: int = 0
    note: str = ""


def claim_text(wording: str, quotes: Iterable[str]) -> str:
    """What a claim is matched by: its wording, else its longest appearance (the quotes of
    one claim say the same thing; joining them would blur it)."""
    if wording.strip():
        return " ".join(wording.split())
    return " ".join(max(quotes, key=len, default="").split())


def archive_state(store: Store) -> ArchiveState:
    """The project's archive size and the shared archive's path, size and time: results
    matched under another state are stale. Checks are never removed, so a count says."""
    count, shared = fact_check_count(store), shared_archive_path(store)
    if shared is None:
        return (count, "", 0, 0)
    try:
        stat = shared.stat()
    except OSError:
        return (count, str(shared), -1, -1)
    return (count, str(shared), stat.st_size, stat.st_mtime_ns)


def may_match(state: ArchiveState) -> bool:
    """Whether there is any archive to match against (none: nothing to show, no work)."""
    return state[0] > 0 or bool(state[1])


def match_texts(
    project: Path, texts: list[str], cancelled: Callable[[], bool], limit: int = LIMIT
) -> MatchedTexts:
    """Match each text in the project's archive and its shared one, keeping the close
    matches (shown unasked, they must not be noise; the dialog shows every match). A shared
    archive that cannot be read is left out (said in `note`), the project's still matched."""
    result = MatchedTexts()
    with Store.open(project, create=False, readonly=True) as store, ExitStack() as held:
        try:
            shared = held.enter_context(reading_shared(shared_archive_path(store)))
        except ClaimdeskError as error:
            shared = None
            result.note = said(error)  # a message, shown in the interface's language
        result.archive = fact_check_count(store) + (fact_check_count(shared) if shared else 0)
        if not result.archive:
            result.found = {text: [] for text in texts}
            return result
        for text in texts:
            if cancelled():
                break
            found = match_everywhere(store, shared, text, limit) if text else []
            result.found[text] = [match for match in found if match.close]
    return result
