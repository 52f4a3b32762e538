"""The two roles behind the Review dock: the student's project and the supervisor's review copy.

The student's writes go through ``ctx.run`` (undoable, broadcast as ``project_changed``); the
supervisor's comments are saved into the review file at once. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from app.context import ProjectContext
from coding.store import Project
from coding.supervision import threads as svc
from coding.supervision.anchors import Resolved
from coding.supervision.model import Anchor, Comment, Suggestion, ThreadView
from coding.supervision.review_copy import ReviewCopy


class StudentBackend:
    role = "student"

    def __init__(self, ctx: ProjectContext, author: Callable[[], str]) -> None:
        self.ctx = ctx
        self._author = author

    @property
    def project(self) -> Project:
        return self.ctx.project

    @property
    def writable(self) -> bool:
        return not self.ctx.readonly

    def threads(self) -> list[ThreadView]:
        return svc.list_threads(self.project)

    @staticmethod
    def threads_of(project: Project) -> list[ThreadView]:
        """``threads`` for a read job on the project's executor."""
        return svc.list_threads(project)

    def locate(self, anchor: Anchor) -> Resolved:
        return svc.locate(self.project, anchor)

    def reply(self, guid: str, text: str) -> None:
        self.ctx.run_sync("Reply to comment", svc.reply, guid, text, self._author())

    def resolve(self, guid: str, resolved: bool) -> None:
        self.ctx.run_sync("Resolve comment" if resolved else "Reopen comment", svc.set_status, guid,
                     "resolved" if resolved else "open", self._author())

    def apply(self, guid: str) -> None:
        self.ctx.run_sync("Apply suggestion", svc.apply_suggestion, guid, self._author())

    def decline(self, guid: str, text: str) -> None:
        self.ctx.run_sync("Decline suggestion", svc.decline_suggestion, guid, text, self._author())

    def can_delete(self, v: ThreadView) -> bool:
        return False

    def delete(self, guid: str) -> None:
        raise NotImplementedError("students keep every comment")


class SupervisorBackend:
    role = "supervisor"

    def __init__(self, rc: ReviewCopy, author: Callable[[], str]) -> None:
        self.rc = rc
        self._author = author

    @property
    def project(self) -> Project:
        return self.rc.project

    @property
    def writable(self) -> bool:
        return True

    def threads(self) -> list[ThreadView]:
        return self.rc.threads()

    def locate(self, anchor: Anchor) -> Resolved:
        return svc.locate(self.project, anchor)

    def add(self, anchor: Anchor, text: str, suggestion: Suggestion | None) -> Comment:
        return self.rc.comment(anchor, text, self._author(), suggestion)

    def reply(self, guid: str, text: str) -> None:
        self.rc.reply(guid, text, self._author())

    def resolve(self, guid: str, resolved: bool) -> None:
        self.rc.reply(guid, "", self._author(), "resolve" if resolved else "reopen")

    def apply(self, guid: str) -> None:
        raise NotImplementedError("the supervisor suggests; the student applies")

    def decline(self, guid: str, text: str) -> None:
        raise NotImplementedError("the supervisor suggests; the student declines")

    def can_delete(self, v: ThreadView) -> bool:
        return v.local

    def delete(self, guid: str) -> None:
        self.rc.delete(guid)
