"""A watch on the rule "the UI thread never touches the database or the search index".

:class:`ThreadGuard` listens on the project's SQLAlchemy engine (every statement, ORM or core) and on
the search index's entry points, and records each use from the UI (main) thread together with the
stack that made it. Tests install it on a context whose executor runs on its real thread and assert
that a coding session leaves ``violations`` empty; ``KONDENS_THREAD_GUARD=1`` installs it on every
opened project and logs each violation (for profiling a session by hand or in the benchmark).

Opening and closing a project are outside the rule (they run before and after the executor); the
guard is active between ``start()`` and ``stop()``.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event

from coding.store import Project

log = logging.getLogger(__name__)

_INDEX_METHODS = ("search", "flush", "update", "_apply", "_searcher", "wait")


@dataclass(frozen=True)
class Violation:
    what: str  # the SQL statement (first 120 characters) or the index method
    stack: str  # where the UI thread made it

    def __str__(self) -> str:
        return f"{self.what}\n{self.stack}"

    def where(self) -> str:
        """The innermost frame of Kondens's own UI code that made it, with the statement."""
        own = [ln.strip() for ln in self.stack.splitlines()
               if ln.strip().startswith("File") and "/app/" in ln and "guard.py" not in ln]
        return f"{own[-1] if own else '?'}: {self.what[:60]}"


class ThreadGuard:
    """Records database and search-index use from the main thread while active."""

    def __init__(self, project: Project, on_violation: Callable[[Violation], None] | None = None) -> None:
        self.project = project
        self.main = threading.main_thread().ident
        self.active = False
        self.violations: list[Violation] = []
        self._on_violation = on_violation
        self._patched: list[tuple[Any, str, Any]] = []
        event.listen(project.engine, "before_cursor_execute", self._on_sql)
        project.add_close_hook(self.remove)

    def start(self) -> ThreadGuard:
        self.active = True
        self._patch_index()
        return self

    def stop(self) -> None:
        self.active = False

    def remove(self) -> None:
        self.active = False
        try:
            event.remove(self.project.engine, "before_cursor_execute", self._on_sql)
        except Exception:  # already removed
            pass
        for obj, name, _orig in reversed(self._patched):
            try:
                delattr(obj, name)  # the instance attribute goes; the class method shows through again
            except AttributeError:
                pass
        self._patched.clear()

    # ---- watching --------------------------------------------------------------------------------
    def _record(self, what: str) -> None:
        v = Violation(what, "".join(traceback.format_stack(limit=40)[:-2]))
        self.violations.append(v)
        if self._on_violation is not None:
            self._on_violation(v)

    def _on_sql(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if self.active and threading.get_ident() == self.main:
            self._record(" ".join(statement.split())[:120])

    def _patch_index(self) -> None:
        if self._patched:
            return
        from transcripts.search import _INDEXES

        idx = _INDEXES.get(self.project)
        if idx is None:
            return
        for name in _INDEX_METHODS:
            orig = getattr(idx, name, None)
            if orig is None:
                continue
            setattr(idx, name, self._wrap(name, orig))
            self._patched.append((idx, name, orig))

    def _wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            if self.active and threading.get_ident() == self.main:
                self._record(f"search index: {name}")
            return fn(*args, **kwargs)

        return watched


def from_environment(project: Project) -> ThreadGuard | None:
    """``KONDENS_THREAD_GUARD=1``: a guard that logs every violation (started by the caller)."""
    if os.environ.get("KONDENS_THREAD_GUARD") != "1":
        return None
    return ThreadGuard(project, on_violation=lambda v: log.warning("UI thread used the project: %s", v))
