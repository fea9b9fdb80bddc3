"""Undoable commands: each a thin wrapper that runs one operation of `db.operations`.

The operation applies every rule in one transaction and returns an `Applied`: what
changed (announced to every view) and the call that undoes it, whose result redoes it,
and so on. Redo after undo revives the same records (tombstones are lifted, never
re-created with new ids), so later commands that refer to those ids stay valid, and what
undo shows is exactly what the file holds. A command goes on the undo stack only after
its first run succeeded (`ProjectSession.push` calls `run_first`): a step that failed — a
rule of the store, a full disk, an I/O error — is reported once and leaves nothing to
undo. An undo or redo that failed leaves the stack where the file is, so Ctrl+Z (or redo)
can be tried again. An operation of several steps (removing a tag in use, accepting a
suggestion) runs them in one transaction: all or nothing, one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from claimdesk.db.operations import Applied, Changes
from claimdesk.db.operations import annotations as annotation_ops
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.widgets.plain_text import error_text

EDIT_MERGE_ID = 1001
"""Qt merges only commands of one id; `Edit.mergeWith` then compares what they edit."""

Operation = Callable[[], Applied]
FIELD_NAMES = {
    "tag_id": mark("commands", "tag"),
    "verdict_id": mark("commands", "verdict"),
    "confidence": mark("commands", "confidence"),
    "note": mark("commands", "note"),
    "evidence": mark("commands", "evidence"),
}
"""An annotation's fields as named in "Change tag, note"."""


class OperationCommand(QUndoCommand):
    """One operation on the undo stack: run it, report a failure, announce what changed."""

    def __init__(self, session: ProjectSession, text: str, operation: Operation):
        super().__init__(text)
        self.session = session
        self.operation = operation
        self.applied: Applied | None = None  # done: its inverse undoes; undone: it redoes
        self._done = False
        self._ran_first = False  # the stack's redo on push finds the work already done
        self._stepping_back = False  # the stack is moved back over a failed step: no work

    @property
    def changes(self) -> Changes:
        """What the last run (or undo) of the operation changed."""
        return self.applied.changes if self.applied is not None else Changes()

    def run_first(self) -> bool:
        """Do the work before the command is pushed; False (and reported) if it failed."""
        self.redo()
        self._ran_first = self._done
        return self._done

    def redo(self) -> None:
        if self._ran_first or self._stepping_back:
            self._ran_first = self._stepping_back = False
            return
        first = self.applied is None
        try:
            self.applied = self.forward()
        except Exception as error:  # whatever the store raised (a full disk too), nothing changed
            self.session.report_failure(failure_text(self.text(), error))
            if first:
                self.setObsolete(True)
            else:  # a redo from the stack: it has moved on, the file has not
                self._step_back(QUndoStack.undo, moving=+1)
            return
        self._done = True
        self.session.announce(self.applied.changes)

    def undo(self) -> None:
        if self._stepping_back:
            self._stepping_back = False
            return
        assert self.applied is not None, "undone only after it ran"
        try:
            self.applied = self.applied.inverse()
        except Exception as error:  # as in redo
            self.session.report_failure(
                failure_text(
                    translate("OperationCommand", "undo “{action}”").format(action=self.text()),
                    error,
                )
            )
            self._step_back(QUndoStack.redo, moving=-1)
            return
        self.session.announce(self.applied.changes)

    def forward(self) -> Applied:
        """The first run, or a redo: the inverse of the undo."""
        return self.operation() if self.applied is None else self.applied.inverse()

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


class Edit(OperationCommand):
    """Setting fields of one record; consecutive edits of one text field (typing a note)
    merge into one undo step, which puts back the values from before the first."""

    def __init__(
        self, session: ProjectSession, text: str, operation: Operation, *, merge_key: Hashable
    ):
        super().__init__(session, text, operation)
        self.merge_key = merge_key  # None: never merged

    def id(self) -> int:
        return EDIT_MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other.merge_key != self.merge_key:
            return False
        self.operation = other.operation  # redo sets the latest values; undo, the first's
        return True

    def forward(self) -> Applied:
        """An edit is redone by running it again: it reads the values it replaces then."""
        return self.operation()


def failure_text(action: str, error: Exception) -> str:
    what = f"{action[:1].lower()}{action[1:]}"
    return error_text(error, translate("commands", "Could not {action}").format(action=what))


class CreateAnnotation(OperationCommand):
    def __init__(self, session: ProjectSession, article_id: str, start: int, end: int, tag_id: str):
        tag = session.tag(tag_id)
        create = annotation_ops.create_annotation
        who = session.annotator.id
        super().__init__(
            session,
            translate("CreateAnnotation", "Tag as {tag}").format(
                tag=tag.name if tag else translate("CreateAnnotation", "tag")
            ),
            partial(create, session.store, article_id, start, end, tag_id, who),
        )


class DeleteAnnotation(OperationCommand):
    """Delete an annotation; its links go with it (as tombstones) and come back on undo."""

    def __init__(self, session: ProjectSession, annotation_id: str):
        delete = partial(annotation_ops.delete_annotation, session.store, annotation_id)
        super().__init__(session, translate("DeleteAnnotation", "Delete annotation"), delete)


class EditAnnotation(Edit):
    """Change fields of one annotation; consecutive edits of its note or evidence merge."""

    def __init__(self, session: ProjectSession, annotation_id: str, **changes: Any):
        typing = set(changes) <= {"note", "evidence"}
        super().__init__(
            session,
            _edit_text(changes),
            partial(annotation_ops.edit_annotation, session.store, annotation_id, **changes),
            merge_key=("annotation", annotation_id, frozenset(changes)) if typing else None,
        )


def _edit_text(changes: dict[str, Any]) -> str:
    names = [
        translated("commands", FIELD_NAMES[key]) if key in FIELD_NAMES else key for key in changes
    ]
    return translate("commands", "Change {fields}").format(fields=", ".join(names))
