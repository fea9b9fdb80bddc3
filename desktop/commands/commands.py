"""Undoable commands: the only desktop code that changes a project.

Each command calls the store (one transaction per call) and announces what changed.
Redo after undo revives the same records (tombstones are lifted, never re-created with
new ids), so later commands that refer to those ids stay valid, and what undo shows is
exactly what the file holds. A command goes on the undo stack only after its first run
succeeded (`ProjectSession.push` calls `run_first`): a step that failed — a rule of the
store, a full disk, an I/O error — is reported once and leaves nothing to undo. An undo or
redo that failed leaves the stack where the file is, so Ctrl+Z (or redo) can be tried again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from claimdesk.db.records.annotations import Removal
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.plain_text import error_text

EDIT_MERGE_ID = 1001


class StoreCommand(QUndoCommand):
    """Common frame: run the store work, report failures, announce the change."""

    def __init__(self, session: ProjectSession, text: str):
        super().__init__(text)
        self.session = session
        self._done_once = False
        self._ran_first = False  # the stack's redo on push finds the work already done
        self._stepping_back = False  # the stack is moved back over a failed step: no work

    def run_first(self) -> bool:
        """Do the work before the command is pushed; False (and reported) if it failed."""
        self.redo()
        self._ran_first = self._done_once
        return self._done_once

    def redo(self) -> None:
        if self._ran_first or self._stepping_back:
            self._ran_first = self._stepping_back = False
            return
        try:
            change = self.apply() if not self._done_once else self.reapply()
        except Exception as error:  # whatever the store raised (a full disk too), nothing changed
            self.session.report_failure(failure_text(self.text(), error))
            if self._done_once:  # a redo from the stack: it has moved on, the file has not
                self._step_back(QUndoStack.undo, moving=+1)
            else:
                self.setObsolete(True)
            return
        self._done_once = True
        self.session.announce(change)

    def undo(self) -> None:
        if self._stepping_back:
            self._stepping_back = False
            return
        try:
            change = self.revert()
        except Exception as error:  # as in redo
            self.session.report_failure(failure_text(f"undo “{self.text()}”", error))
            self._step_back(QUndoStack.redo, moving=-1)
            return
        self.session.announce(change)

    def _step_back(self, move: Callable[[QUndoStack], None], *, moving: int) -> None:
        """The stack moved past this command although its work failed: move it back, without
        doing the work again, once the stack has finished (it cannot be moved from inside
        its own undo or redo). The step stays there for the user to try again."""
        stack = self.session.undo_stack
        moved_to = stack.index() + moving  # the stack sets its index after our undo/redo

        def move_back() -> None:
            if stack.index() != moved_to:  # the user has moved on meanwhile: leave it there
                return
            self._stepping_back = True
            move(stack)
            self._stepping_back = False

        QTimer.singleShot(0, stack, move_back)

    def apply(self) -> Change:
        raise NotImplementedError

    def reapply(self) -> Change:
        """Redo after undo; by default the same as the first run."""
        return self.apply()

    def revert(self) -> Change:
        raise NotImplementedError


def failure_text(action: str, error: Exception) -> str:
    return error_text(error, f"Could not {action[:1].lower()}{action[1:]}")


class CreateAnnotation(StoreCommand):
    def __init__(self, session: ProjectSession, article_id: str, start: int, end: int, tag_id: str):
        tag = session.tag(tag_id)
        super().__init__(session, f"Tag as {tag.name if tag else 'tag'}")
        self.article_id, self.start, self.end, self.tag_id = article_id, start, end, tag_id
        self.annotation_id: str | None = None

    def apply(self) -> Change:
        annotation = self.session.store.add_annotation(
            self.article_id, self.start, self.end, self.tag_id, self.session.annotator.id
        )
        self.annotation_id = annotation.id
        return self._change()

    def reapply(self) -> Change:
        assert self.annotation_id is not None, "apply ran first"
        self.session.store.restore_annotation(Removal(self.annotation_id, ()))
        return self._change()

    def revert(self) -> Change:
        assert self.annotation_id is not None, "apply ran first"
        self.session.store.delete_annotation(self.annotation_id)
        return self._change()

    def _change(self) -> Change:
        assert self.annotation_id is not None, "apply ran first"
        return _created_or_removed(self.article_id, self.annotation_id)


class DeleteAnnotation(StoreCommand):
    """Delete an annotation; its links go with it (as tombstones) and come back on undo."""

    def __init__(self, session: ProjectSession, annotation_id: str):
        super().__init__(session, "Delete annotation")
        self.annotation_id = annotation_id
        self.article_id = session.store.annotation(annotation_id).article_id
        self.removal: Removal | None = None

    def apply(self) -> Change:
        self.removal = self.session.store.delete_annotation(self.annotation_id)
        return self._change()

    def revert(self) -> Change:
        assert self.removal is not None, "apply ran first"
        self.session.store.restore_annotation(self.removal)
        return self._change()

    def _change(self) -> Change:
        """Its links and claim appearances went (or came back) with it."""
        return _created_or_removed(
            self.article_id,
            self.annotation_id,
            links=bool(self.removal and self.removal.link_ids),
            claims=True,
        )


def _created_or_removed(article_id: str, annotation_id: str, **more: bool) -> Change:
    """An annotation appeared or went: its article's highlights and counts change."""
    return Change(
        articles=frozenset({article_id}),
        annotations=frozenset({annotation_id}),
        article_list=True,
        **more,
    )


class EditAnnotation(StoreCommand):
    """Change fields of one annotation; consecutive edits of one text field merge."""

    def __init__(self, session: ProjectSession, annotation_id: str, **changes: Any):
        super().__init__(session, _edit_text(changes))
        annotation = session.store.annotation(annotation_id)
        self.annotation_id = annotation_id
        self.article_id = annotation.article_id
        self.new = changes
        self.old = {key: getattr(annotation, key) for key in changes}

    def id(self) -> int:
        return EDIT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditAnnotation) or other.annotation_id != self.annotation_id:
            return False
        if set(other.new) != set(self.new) or not set(self.new) <= {"note", "evidence"}:
            return False
        self.new = other.new
        return True

    def apply(self) -> Change:
        self.session.store.update_annotation(self.annotation_id, **self.new)
        return self._change()

    def revert(self) -> Change:
        self.session.store.update_annotation(self.annotation_id, **self.old)
        return self._change()

    def _change(self) -> Change:
        return Change(
            articles=frozenset({self.article_id}), annotations=frozenset({self.annotation_id})
        )


def _edit_text(changes: dict[str, Any]) -> str:
    names = {
        "tag_id": "tag",
        "verdict_id": "verdict",
        "confidence": "confidence",
        "note": "note",
        "evidence": "evidence",
    }
    return "Change " + ", ".join(names.get(key, key) for key in changes)


class StoreCallCommand(StoreCommand):
    """A command made of a forward and a backward store call (for simple record edits)."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        forward: Callable[[], Any],
        backward: Callable[[], Any],
        change: Change,
    ):
        super().__init__(session, text)
        self.forward, self.backward, self.change = forward, backward, change

    def apply(self) -> Change:
        self.forward()
        return self.change

    def revert(self) -> Change:
        self.backward()
        return self.change


class AddRecord(StoreCommand):
    """Create a record once; undo tombstones it and redo revives the same id."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        create: Callable[[], str],
        delete: Callable[[str], Any],
        restore: Callable[[str], Any],
        change: Change,
    ):
        super().__init__(session, text)
        self.create, self.delete, self.restore, self.change = create, delete, restore, change
        self.record_id: str | None = None

    def apply(self) -> Change:
        self.record_id = self.create()
        return self.change

    def reapply(self) -> Change:
        assert self.record_id is not None, "apply ran first"
        self.restore(self.record_id)
        return self.change

    def revert(self) -> Change:
        assert self.record_id is not None, "apply ran first"
        self.delete(self.record_id)
        return self.change


class EditRecord(StoreCommand):
    """Set fields of one record; undo sets the old values back."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        update: Callable[..., Any],
        old: dict[str, Any],
        new: dict[str, Any],
        change: Change,
    ):
        super().__init__(session, text)
        self.update, self.old, self.new, self.change = update, old, new, change

    def apply(self) -> Change:
        self.update(**self.new)
        return self.change

    def revert(self) -> Change:
        self.update(**self.old)
        return self.change
