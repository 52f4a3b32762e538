"""The backend-neutral search interface: what a search returns and what an index must do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from coding.changes import Changes
from coding.errors import MarkedError

Progress = Callable[[int, int], bool | None]  # (done, total) → False to cancel


@dataclass(frozen=True)
class Hit:
    """One result row. ``kind`` is "line" for a transcript line, else "memo" / "journal" / "condensate".

    For lines, ``start``/``end`` are code-point offsets of the line in the transcript text and ``line``
    its fixed number; ``marks`` are (start, end) ranges inside ``text`` that matched the query.
    For notes, ``ref_id`` is the memo or theme id and ``text`` a snippet around the first match.
    """

    kind: str
    key: str
    text: str
    score: float
    marks: tuple[tuple[int, int], ...] = ()
    transcript_id: int | None = None
    transcript: str = ""
    informant: str = ""
    speaker: str = ""
    role: str = ""
    line: int | None = None
    line_id: int | None = None
    turn_id: int | None = None
    start: int | None = None
    end: int | None = None
    codes: tuple[str, ...] = ()
    ref_id: int | None = None
    title: str = ""

    def as_json(self) -> dict[str, object]:
        return {"transcript": self.transcript, "transcript_id": self.transcript_id, "informant": self.informant,
                "line": self.line, "text": self.text, "score": round(self.score, 4), "kind": self.kind,
                **({"ref_id": self.ref_id, "title": self.title} if self.kind != "line" else {})}


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: tuple[Hit, ...]
    total: int  # all matching lines and notes, not only the ``hits`` returned
    per_informant: dict[str, int] = field(default_factory=dict)  # line matches per informant label
    notes: int = 0  # matching memos / reflection notes / condensates
    elapsed_ms: float = 0.0


class SearchIndex(Protocol):
    """A full-text index of one project, kept in step with the database by :meth:`update`.

    Thread-safety: ``search`` may run on any thread; ``update``/``rebuild`` serialise themselves.
    ``update_later`` hands additions to a background writer; ``search``, ``update``, ``rebuild`` and
    ``close`` wait for it first, ``indexing`` tells whether it is still at work.
    """

    def search(self, query: str, limit: int | None = 200, sort: str = "score") -> SearchResults: ...

    def update(self, changes: Changes) -> None: ...

    def rebuild(self, progress: Progress | None = None) -> None: ...

    def update_later(self, changes: Changes) -> None: ...

    def wait(self, timeout: float | None = None) -> bool: ...

    @property
    def indexing(self) -> bool: ...

    def is_current(self) -> bool: ...

    def close(self) -> None: ...


class QueryError(MarkedError, ValueError):
    """The query could not be understood (shown to the user, one line)."""


def iter_marks(text: str, marks: tuple[tuple[int, int], ...]) -> Iterator[tuple[str, bool]]:
    """Split ``text`` into (piece, is_match) runs for rendering a highlighted line."""
    pos = 0
    for a, b in sorted(marks):
        if a < pos:
            continue
        if a > pos:
            yield text[pos:a], False
        yield text[a:b], True
        pos = b
    if pos < len(text):
        yield text[pos:], False
