"""A document read in a child process: PDFium hanging or crashing costs one file, not the app.

PDFium is C++ reading hostile bytes: a page can loop for ever, exhaust memory or crash
its process. So a PDF is read in a child process started fresh (multiprocessing's
"spawn": never a fork of a process running Qt's threads), which streams the pages back
one by one. The parent waits in short ticks, hearing Cancel and holding the time bound
(`Pacing`), and kills the child at either; a child that dies (a segfault, an abort, out
of memory) becomes one line naming the page it was at. On Linux the child's address
space is bounded (RLIMIT_AS), so a page that asks for gigabytes fails in the child alone.
The clock starts once the child is up: its start-up is our cost, not the file's.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from claimdesk.db.messages import Message, message, said
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from .pacing import Pacing, ReadCancelled, reading_at, seconds

STARTUP_SECONDS = 60.0
"""A fresh interpreter on a busy machine: generous, and only our own code runs in it."""
MEMORY_ALLOWANCE = 1536 * MB
"""Address space the child may take beyond what it has when it starts (Linux only)."""
TICK = 0.05

Reader = Callable[..., Iterator[Any]]
"""Run in the child: yields `Opened` first, then each page's payload."""


@dataclass(frozen=True)
class Opened:
    pages: int
    title: str = ""
    language: str = ""
    """The language the document says it is in (`language_hints`), or ""."""


class ChildReader:
    """`with ChildReader(reader, args, pacing) as child:` then `child.opened()` and
    `for page in child.pages()`; leaving the block ends the child whatever happened."""

    def __init__(self, reader: Reader, args: tuple[Any, ...], pacing: Pacing, name: str):
        self._reader, self._args, self._pacing, self._name = reader, args, pacing, name
        self._page = 0
        self._count = 0
        self._up = False
        context = multiprocessing.get_context("spawn")
        self._receiver, self._sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_child_main,
            args=(self._sender, reader, args, MEMORY_ALLOWANCE),
            daemon=True,
        )

    def __enter__(self) -> ChildReader:
        self._process.start()
        self._sender.close()  # the child's end alone is open: its death reads as the end
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()
        self._process.close()

    def opened(self) -> Opened:
        """Waits for the child to start, then for the document to open."""
        self._receive(started=False)
        self._up = True
        self._pacing.begin()
        opened: Opened = self._receive()
        self._count = opened.pages
        self._pacing.start(opened.pages)
        return opened

    def pages(self) -> Iterator[Any]:
        """Each page's payload as it comes; the progress moves once the caller is done
        with it (OCR happens in between)."""
        for number in range(1, self._count + 1):
            self._page = number
            yield self._receive()
            self._pacing.page_done(number, self._count)

    def _receive(self, *, started: bool = True) -> Any:
        waited = 0.0
        while not self._receiver.poll(TICK):
            if started:
                self._pacing.check(self._page, self._count)
                continue
            if self._pacing.cancelled is not None and self._pacing.cancelled():
                raise ReadCancelled
            waited += TICK
            if waited >= STARTUP_SECONDS:
                raise ImportFailure(
                    message(
                        "could not be read: {reader} did not start within {seconds} s"
                        " (is the machine overloaded?): not imported",
                        reader=self._name,
                        seconds=seconds(STARTUP_SECONDS),
                    )
                )
        try:
            kind, value = self._receiver.recv()
        except (EOFError, OSError):
            raise ImportFailure(self._crashed()) from None
        if kind == "refused":
            raise ImportFailure(value)
        if kind == "memory":
            raise ImportFailure(
                message(
                    "needed over {size:,} MB of memory {where} (a malformed PDF?): not imported",
                    size=MEMORY_ALLOWANCE // MB,
                    where=reading_at(self._page, self._count),
                )
            )
        if kind == "failed":
            raise ImportFailure(self._crashed(value))
        return value

    def _crashed(self, why: str = "") -> Message:
        if not why:
            self._process.join(timeout=5)
            code = self._process.exitcode
            why = (
                _signal_name(-code)
                if code is not None and code < 0
                else message("exit status {code}", code=code)
            )
        if not self._up:  # no fault of the file's: a main module without its __main__ guard?
            return message(
                "could not be read: {reader} did not start ({why}): not imported",
                reader=self._name,
                why=why,
            )
        return message(
            "crashed {reader} {where} ({why}; a malformed PDF?): not imported",
            reader=self._name,
            where=reading_at(self._page, self._count),
            why=why,
        )


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return message("signal {number}", number=number)


def _child_main(sender: Any, reader: Reader, args: tuple[Any, ...], allowance: int) -> None:
    """The child: says it is up, then sends what `reader` yields, or why it stopped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle: it ends us
    threading.Thread(target=_end_with_parent, daemon=True).start()
    _limit_memory(allowance)
    try:
        sender.send(("up", None))
        for item in reader(*args):
            sender.send(("item", item))
    except ImportFailure as error:
        sender.send(("refused", said(error)))  # a message pickles whole: still translated
    except MemoryError:
        sender.send(("memory", None))
    except Exception as error:  # a bug or a library's surprise: one line, not a traceback
        sender.send(("failed", type(error).__name__))
    finally:
        sender.close()


def _end_with_parent() -> None:
    """A parent killed outright cannot kill us: we end ourselves, even mid-page (PDFium
    releases Python's lock while it works)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


def _limit_memory(allowance: int) -> None:
    if not sys.platform.startswith("linux"):
        return  # RLIMIT_AS is Linux's to honour; elsewhere the time bound still holds
    import resource

    with open("/proc/self/statm", encoding="ascii") as statm:
        size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = size + allowance
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
