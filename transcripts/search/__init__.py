"""Full-text search over transcripts, memos and condensates, behind a backend-neutral interface.

Front ends call :func:`index_for` on a project opened through ``transcripts.workspace`` (which
attaches the index and its commit hook) and then ``index.search(query)``.
"""

from __future__ import annotations

import threading
import weakref

from coding.changes import Changes
from coding.store import Project
from transcripts.search.types import Hit, Progress, QueryError, SearchIndex, SearchResults, iter_marks

__all__ = ["Hit", "Progress", "QueryError", "SearchIndex", "SearchResults", "adds_only", "attach", "index_for",
           "iter_marks", "reindex"]

_INDEXES: weakref.WeakKeyDictionary[Project, SearchIndex] = weakref.WeakKeyDictionary()


_ATTACH_LOCK = threading.RLock()  # the GUI attaches on the project's executor; a search may ask on another thread


def attach(project: Project) -> None:
    """Workspace extension: open (or rebuild) the project's index and keep it in step with every commit."""
    with _ATTACH_LOCK:
        if project in _INDEXES:
            return
        _attach_locked(project)


def _attach_locked(project: Project) -> None:
    from transcripts.search.whoosh_index import WhooshIndex

    idx = WhooshIndex(project)
    if not project.readonly or project.is_server:  # a team project's index is this client's own cache
        idx.ensure()
    _INDEXES[project] = idx  # only once it is open: another thread asking meanwhile waits on the lock

    def _hook(p: Project, changes: Changes) -> None:
        if adds_only(changes):
            idx.update_later(changes)  # an import: written in the background, searches wait for it
        else:
            idx.update(changes)  # anything that removes or rewrites text is purged before the commit returns

    def _close() -> None:
        idx.close()
        # The index holds its project, so as a cache value it would keep the weak key alive for good.
        _INDEXES.pop(project, None)

    project.add_commit_hook(_hook)
    project.add_close_hook(_close)


# Tables whose rows carry text or names: an UPDATE of one of them may remove words from the index.
_TEXT_TABLES = frozenset({"transcripts", "turns", "lines", "informants", "codes", "theme_nodes", "memos", "quotes"})


def adds_only(changes: Changes) -> bool:
    """True for a commit that only added transcripts (plus bookkeeping rows): undoing it only deletes, and
    no text-bearing row was rewritten or removed. Such index updates may run in the background."""
    if "transcripts" not in changes.touched or not changes.undo_sql:
        return False
    for stmt in changes.undo_sql:
        verb, _, rest = stmt.partition(" ")
        if verb == "DELETE":
            continue
        if verb == "UPDATE" and rest.split(" ", 1)[0] not in _TEXT_TABLES:
            continue
        return False
    return True


def index_for(project: Project) -> SearchIndex:
    """The index attached to ``project`` (attaching it now if the project was opened without it)."""
    idx = _INDEXES.get(project)
    if idx is None:
        attach(project)
        idx = _INDEXES[project]
    return idx


def reindex(project: Project, progress: Progress | None = None) -> SearchIndex:
    idx = index_for(project)
    idx.rebuild(progress)
    return idx
