"""Pure bookkeeping behind the coding view (no Qt): offsets, line lookup, margin columns, coverage.

Kept free of Qt so it can be unit-tested directly and reused by benchmarks.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from coding.dto import LineDTO, SegmentDTO, TranscriptDTO, TurnDTO

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Transcript offsets are code points; Qt document positions are UTF-16 units.

    Identity unless the text holds characters outside the BMP (emoji), which take two units in Qt.
    """

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        # Document end of each astral char: its offset + earlier astral chars + 2 units.
        self._ends = [o + k + 2 for k, o in enumerate(self._astral)]

    def to_doc(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def to_offset(self, pos: int) -> int:
        return pos - bisect_right(self._ends, pos) if self._astral else pos


def display_text(t: TranscriptDTO) -> str:
    """The text shown: the transcript text with the space before each line start turned into a soft line
    break (U+2028), so every numbered line starts on its own row. Same length, so offsets stay valid."""
    chars = list(t.text)
    turn_starts = {u.start for u in t.turns}
    for ln in t.lines:
        p = ln.start - 1
        if ln.start not in turn_starts and p >= 0 and chars[p] == " ":
            chars[p] = "\u2028"
    return "".join(chars)


class LineIndex:
    """Find the line at an offset, the turn of a line, and line numbers, in O(log n)."""

    def __init__(self, lines: Iterable[LineDTO], turns: Iterable[TurnDTO]) -> None:
        self.lines = sorted(lines, key=lambda ln: ln.start)
        self.starts = [ln.start for ln in self.lines]
        self.turns = {u.id: u for u in turns}
        self._first_of_turn: set[int] = set()
        seen: set[int] = set()
        for i, ln in enumerate(self.lines):
            if ln.turn_id not in seen:
                seen.add(ln.turn_id)
                self._first_of_turn.add(i)

    def __len__(self) -> int:
        return len(self.lines)

    def index_at(self, offset: int) -> int | None:
        """Index of the line containing ``offset`` (or the nearest line before it)."""
        if not self.lines:
            return None
        return max(0, bisect_right(self.starts, offset) - 1)

    def is_turn_start(self, i: int) -> bool:
        return i in self._first_of_turn

    def speaker(self, i: int) -> str:
        t = self.turns.get(self.lines[i].turn_id)
        return t.speaker if t else ""

    def role(self, i: int) -> str:
        t = self.turns.get(self.lines[i].turn_id)
        return t.role if t else ""

    def turn_range(self, i: int) -> tuple[int, int]:
        t = self.turns.get(self.lines[i].turn_id)
        ln = self.lines[i]
        return (t.start, t.end) if t else (ln.start, ln.end)

    def range_of(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last line index touched by ``[start, end)``."""
        if not self.lines or end <= start:
            return None
        a = self.index_at(start)
        b = max(0, bisect_left(self.starts, end) - 1)
        assert a is not None
        if self.lines[a].end <= start and a + 1 < len(self.lines):
            a += 1
        return (a, max(a, b))

    def label(self, start: int, end: int) -> str:
        """"l. 12" or "l. 12–15" (quote references, METHOD.md)."""
        r = self.range_of(start, end)
        if r is None:
            return ""
        a, b = self.lines[r[0]].number, self.lines[r[1]].number
        return f"l. {a}" if a == b else f"l. {a}–{b}"


def assign_columns(intervals: Iterable[tuple[int, int, int]]) -> dict[int, int]:
    """Greedy interval colouring: ``(id, start, end)`` → column so that overlapping intervals never share
    a column and the number of columns is the maximum overlap depth (optimal for interval graphs)."""
    items = sorted(intervals, key=lambda x: (x[1], -x[2], x[0]))
    active: list[tuple[int, int]] = []  # (end, column)
    free: list[int] = []
    out: dict[int, int] = {}
    ncols = 0
    for sid, start, end in items:
        while active and active[0][0] <= start:
            _, col = heapq.heappop(active)
            heapq.heappush(free, col)
        if free:
            col = heapq.heappop(free)
        else:
            col, ncols = ncols, ncols + 1
        out[sid] = col
        heapq.heappush(active, (end, col))
    return out


@dataclass
class SegmentTable:
    """The segments of the open transcript, their margin columns and per-line coverage counts.

    Incremental: ``add``/``remove`` touch only the changed segment (new segments take the lowest column
    free over their range; removal leaves a gap until the next full layout). Each line also knows the
    segments that touch it, so painting asks only for the few segments on screen (:meth:`on_lines`)
    instead of walking every segment of the transcript.
    """

    index: LineIndex

    def __post_init__(self) -> None:
        self.segments: dict[int, SegmentDTO] = {}
        self.columns: dict[int, int] = {}
        self.coverage: list[int] = [0] * len(self.index)
        self._on_line: list[list[int]] = [[] for _ in range(len(self.index))]

    def load(self, segments: Iterable[SegmentDTO]) -> None:
        self.segments = {s.id: s for s in segments}
        self.columns = assign_columns((s.id, s.start, s.end) for s in self.segments.values())
        n = len(self.index)
        self.coverage = [0] * n
        self._on_line = [[] for _ in range(n)]
        for s in self.segments.values():
            self._cover(s, 1)

    @property
    def column_count(self) -> int:
        return max(self.columns.values(), default=-1) + 1

    def _cover(self, s: SegmentDTO, delta: int) -> None:
        r = self.index.range_of(s.start, s.end)
        if r is not None:
            cov, on = self.coverage, self._on_line
            for i in range(r[0], r[1] + 1):
                cov[i] += delta
                if delta > 0:
                    on[i].append(s.id)
                else:
                    on[i].remove(s.id)

    def add(self, s: SegmentDTO) -> None:
        if s.id in self.segments:
            self.remove(s.id)
        taken = {self.columns[o.id] for o in self.overlapping(s.start, s.end)}
        col = 0
        while col in taken:
            col += 1
        self.segments[s.id] = s
        self.columns[s.id] = col
        self._cover(s, 1)

    def remove(self, segment_id: int) -> SegmentDTO | None:
        s = self.segments.pop(segment_id, None)
        if s is not None:
            self.columns.pop(segment_id, None)
            self._cover(s, -1)
        return s

    def on_lines(self, first: int, last: int) -> list[SegmentDTO]:
        """The segments touching lines ``first``..``last`` (indices), each once, in the table's order."""
        on = self._on_line
        ids: set[int] = set()
        for i in range(max(0, first), min(last, len(on) - 1) + 1):
            ids.update(on[i])
        segs = self.segments
        return [segs[i] for i in sorted(ids, key=lambda sid: (segs[sid].start, sid))]

    def overlapping(self, start: int, end: int) -> list[SegmentDTO]:
        r = self.index.range_of(start, end)
        if r is None or len(self.segments) < 64:  # a handful: no need for the line lookup
            return [s for s in self.segments.values() if s.start < end and s.end > start]
        # One line either side: segments that meet only in the gap between two turns are found too.
        return [s for s in self.on_lines(r[0] - 1, r[1] + 1) if s.start < end and s.end > start]

    def next_uncoded(self, from_index: int, step: int, skip: Callable[[int], bool] | None = None) -> int | None:
        """The next line (``step`` = 1 or -1) no segment covers; ``skip`` leaves lines out (interviewer lines)."""
        i = from_index + step
        while 0 <= i < len(self.coverage):
            if self.coverage[i] == 0 and (skip is None or not skip(i)):
                return i
            i += step
        return None
