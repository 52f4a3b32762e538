"""Map character ranges to fixed line numbers, for many segments at once (bisect, no per-row SQL)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from sqlalchemy.orm import Session


class LineIndex:
    """Line starts/ends per transcript, loaded in one query. Lines are numbered 1..n in text order."""

    def __init__(self, s: Session, transcript_ids: Iterable[int] | None = None) -> None:
        ids = None if transcript_ids is None else sorted(set(transcript_ids))
        sql = "SELECT transcript_id, start, \"end\" FROM lines"
        if ids is not None:
            sql += f" WHERE transcript_id IN ({','.join(str(int(i)) for i in ids)})" if ids else " WHERE 1 = 0"
        self.starts: dict[int, list[int]] = {}
        self.ends: dict[int, list[int]] = {}
        # Raw cursor: tens of thousands of lines are read for the matrix.
        raw = s.connection().connection.driver_connection
        assert raw is not None
        for tid, start, end in raw.execute(sql + " ORDER BY transcript_id, number").fetchall():
            self.starts.setdefault(tid, []).append(start)
            self.ends.setdefault(tid, []).append(end)

    def line_count(self, transcript_id: int) -> int:
        return len(self.starts.get(transcript_id, ()))

    def span(self, transcript_id: int, start: int, end: int) -> tuple[int, int]:
        """First and last line number that ``[start, end)`` overlaps; ``(0, -1)`` if it touches none."""
        ends = self.ends.get(transcript_id)
        if not ends:
            return 0, -1
        first = bisect_right(ends, start)  # first line whose end > start
        last = bisect_left(self.starts[transcript_id], end) - 1  # last line whose start < end
        if first > last:
            return 0, -1
        return first + 1, last + 1

    def line_range(self, transcript_id: int, number: int) -> tuple[int, int]:
        i = number - 1
        return self.starts[transcript_id][i], self.ends[transcript_id][i]
