"""The two roles behind the Review dock: the student's project and the supervisor's review copy.

The student's reads and writes go through the project's executor (``ctx.read``/``ctx.run``: undoable,
broadcast as ``project_changed``); the supervisor's comments are saved into the review file at once.
Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from app.context import ProjectContext
from app.executor import Job
from coding.changes import Changes
from coding.store import Project
from coding.supervision import threads as svc
from coding.supervision.anchors import Resolved
from coding.supervision.model import Anchor, Comment, Suggestion, ThreadView
from coding.supervision.review_copy import ReviewCopy

Done = Callable[[], None] | None
Refused = Callable[[BaseException], None] | None


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

    # Writes are queued on the project's executor (``ctx.run``); ``done()`` or ``refused(error)`` runs
    # on the UI thread when the job is back.
    def reply(self, guid: str, text: str, done: Done = None, refused: Refused = None) -> Job:
        return self._run("Reply to comment", svc.reply, guid, text, self._author(), done=done, refused=refused)

    def resolve(self, guid: str, resolved: bool, done: Done = None, refused: Refused = None) -> Job:
        return self._run("Resolve comment" if resolved else "Reopen comment", svc.set_status, guid,
                         "resolved" if resolved else "open", self._author(), done=done, refused=refused)

    def apply(self, guid: str, done: Done = None, refused: Refused = None) -> Job:
        return self._run("Apply suggestion", svc.apply_suggestion, guid, self._author(), done=done, refused=refused)

    def decline(self, guid: str, text: str, done: Done = None, refused: Refused = None) -> Job:
        return self._run("Decline suggestion", svc.decline_suggestion, guid, text, self._author(), done=done,
                         refused=refused)

    def _run(self, label: str, service: Callable[..., Changes], *args: object, done: Done, refused: Refused) -> Job:
        return self.ctx.run(label, service, *args, on_done=(lambda _ch: done()) if done is not None else None,
                            on_error=refused)

    @staticmethod
    def line_ranges_of(project: Project, anchors: list[Anchor]) -> list[Resolved]:
        """``locate`` for each anchor, for a read job on the project's executor."""
        return [svc.locate(project, a) for a in anchors]

    def can_delete(self, v: ThreadView) -> bool:
        return False

    def delete(self, guid: str) -> None:
        raise NotImplementedError("students keep every comment")


class SupervisorBackend:
    role = "supervisor"

    def __init__(self, rc: ReviewCopy, author: Callable[[], str], ctx: ProjectContext | None = None) -> None:
        """``ctx``: the context of the review copy's project (its reads then run on its executor)."""
        self.rc = rc
        self._author = author
        self.ctx = ctx

    @property
    def project(self) -> Project:
        return self.rc.project

    @property
    def writable(self) -> bool:
        return True

    def threads(self) -> list[ThreadView]:
        return self.rc.threads()

    def threads_of(self, project: Project) -> list[ThreadView]:
        """``threads`` for a read job on the copy's executor (``project`` is the copy's own)."""
        return self.rc.threads()

    def locate(self, anchor: Anchor) -> Resolved:
        return svc.locate(self.project, anchor)

    def add(self, anchor: Anchor, text: str, suggestion: Suggestion | None) -> Comment:
        return self.rc.comment(anchor, text, self._author(), suggestion)

    # The supervisor's comments go into the review file (a zip beside the read-only copy), not the
    # database; a reply checks its thread against the copy's database, so it runs on the copy's
    # executor (in order with the reads of the threads), then ``done()`` or ``refused(error)``.
    def reply(self, guid: str, text: str, done: Done = None, refused: Refused = None) -> None:
        author = self._author()  # the user's settings are read here, on the UI thread
        self._in_copy("Reply to comment", lambda: self.rc.reply(guid, text, author), done, refused)

    def resolve(self, guid: str, resolved: bool, done: Done = None, refused: Refused = None) -> None:
        author = self._author()
        self._in_copy("Resolve comment" if resolved else "Reopen comment",
                      lambda: self.rc.reply(guid, "", author, "resolve" if resolved else "reopen"), done, refused)

    def _in_copy(self, label: str, fn: Callable[[], object], done: Done, refused: Refused) -> None:
        if self.ctx is None:  # no context (scripts): at once
            fn()
            if done is not None:
                done()
            return
        self.ctx.read(label, lambda _p: fn(), on_done=(lambda _r: done()) if done is not None else None,
                      on_error=refused)

    def apply(self, guid: str, done: Done = None, refused: Refused = None) -> None:
        raise NotImplementedError("the supervisor suggests; the student applies")

    def decline(self, guid: str, text: str, done: Done = None, refused: Refused = None) -> None:
        raise NotImplementedError("the supervisor suggests; the student declines")

    def can_delete(self, v: ThreadView) -> bool:
        return v.local

    def delete(self, guid: str) -> None:
        self.rc.delete(guid)
