"""Opening a transcript in the coding view: everything but the widgets is done on the project's executor.

:func:`read_opened` runs on the worker thread: one read transaction for the transcript, its turns,
lines and segments, the codes and the coding pass (:func:`coding.queries.transcript_for_reading`), then
the plain-Python bookkeeping built from it (offset map, line index, segment table with its margin
columns and coverage, the displayed text). The UI thread only puts the finished
:class:`OpenedTranscript` into the editor (``CodingView._show_opened``). No Qt object is made here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.reader.layout import LineIndex, OffsetMap, SegmentTable, display_text
from coding import queries
from coding.dto import CodeDTO, TranscriptDTO
from coding.store import Project


@dataclass(frozen=True)
class OpenedTranscript:
    transcript: TranscriptDTO
    codes: list[CodeDTO]
    coding_pass: int
    coder_filter: str  # "" = every coder's segments are in ``table``
    offsets: OffsetMap
    index: LineIndex
    table: SegmentTable
    text: str  # what the editor shows (see ``display_text``)


class Wanted:
    """The newest open request of a view, as a plain object the worker may read: a queued read whose
    request is no longer the newest returns at once instead of reading (rapid switching)."""

    __slots__ = ("token",)

    def __init__(self) -> None:
        self.token = 0


def read_opened(project: Project, transcript_id: int, coder_filter: str = "") -> OpenedTranscript:
    """Executor side of opening ``transcript_id``; raises KeyError if the transcript is gone.
    ``coder_filter`` keeps only that coder's segments ("" keeps everyone's)."""
    r = queries.transcript_for_reading(project, transcript_id)
    t = r.transcript
    segs = r.segments if not coder_filter else [s for s in r.segments if s.coder == coder_filter]
    offsets = OffsetMap(t.text)
    index = LineIndex(t.lines, t.turns)
    table = SegmentTable(index)
    table.load(segs)
    text = display_text(t)
    return OpenedTranscript(t, r.codes, r.coding_pass, coder_filter, offsets, index, table, text)


def read_chosen(project: Project, choose: Callable[[Project], int | None]) -> OpenedTranscript | None:
    """Executor side of opening the transcript ``choose(project)`` names (None: nothing to open)."""
    tid = choose(project)
    return None if tid is None else read_opened(project, tid)
