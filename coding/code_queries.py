"""Reads for the code tree, the cross-case code view, memos, the journal and coding progress → frozen DTOs.

Each function opens one short session and returns plain data; nothing here writes.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.dto import MemoDTO
from coding.store import Project
from coding.store.models import Memo


@dataclass(frozen=True)
class CodeNodeDTO:
    """One code with its direct counts: segments coded with it and distinct informants among them."""

    id: int
    name: str
    color: str
    description: str
    parent_id: int | None
    position: int
    segments: int
    informants: int
    has_memo: bool


@dataclass(frozen=True)
class ContextLine:
    number: int
    speaker: str
    text: str


@dataclass(frozen=True)
class CodeSegmentDTO:
    """A segment of a code as the cross-case view shows it, with its place in the transcript."""

    id: int
    code_id: int
    code_name: str
    transcript_id: int
    transcript_title: str
    informant_label: str | None
    start: int
    end: int
    first_line: int | None
    last_line: int | None
    text: str
    coding_pass: int
    coder: str
    before: tuple[ContextLine, ...] = ()
    after: tuple[ContextLine, ...] = ()

    @property
    def ref(self) -> str:
        """The quote reference used in theses: ``B, l. 212–215`` (or ``B, l. 7`` for one line)."""
        who = self.informant_label or self.transcript_title or "?"
        if self.first_line is None or self.last_line is None:
            return who
        if self.first_line == self.last_line:
            return f"{who}, l. {self.first_line}"
        return f"{who}, l. {self.first_line}–{self.last_line}"


@dataclass(frozen=True)
class TranscriptProgress:
    transcript_id: int
    title: str
    informant_label: str | None
    lines: int
    lines_coded: int
    informant_lines: int
    informant_lines_coded: int
    segments: int
    by_pass: dict[int, int] = field(default_factory=dict)  # pass → lines coded in that pass

    @property
    def share(self) -> float:
        return self.lines_coded / self.lines if self.lines else 0.0

    @property
    def informant_share(self) -> float:
        return self.informant_lines_coded / self.informant_lines if self.informant_lines else 0.0


@dataclass(frozen=True)
class PassCoverage:
    """Which transcripts one coding pass ("runde N") has touched, and how much of each."""

    number: int
    segments: int
    transcripts: tuple[tuple[int, float], ...]  # (transcript id, share of lines coded in this pass)


# ---- code tree ----------------------------------------------------------------------------------------
_TREE_SQL = text(
    "SELECT c.id, c.name, c.color, c.description, c.parent_id, c.position, COUNT(s.id), "
    "COUNT(DISTINCT t.informant_id), "
    "EXISTS(SELECT 1 FROM memos m WHERE m.target_type = 'code' AND m.target_id = c.id) "
    "FROM codes c LEFT JOIN segments s ON s.code_id = c.id LEFT JOIN transcripts t ON t.id = s.transcript_id "
    "GROUP BY c.id ORDER BY c.position, c.id")


def code_tree(project: Project) -> list[CodeNodeDTO]:
    """Every code with its counts, in ONE grouped query; ordered by position (build the tree by parent_id)."""
    with project.read() as s:
        return [CodeNodeDTO(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), int(r[7]), bool(r[8]))
                for r in s.execute(_TREE_SQL)]


_ROWS_SQL = text(
    "SELECT c.id, c.name, c.color, c.description, c.parent_id, c.position, "
    "EXISTS(SELECT 1 FROM memos m WHERE m.target_type = 'code' AND m.target_id = c.id) "
    "FROM codes c ORDER BY c.position, c.id")


class TreeCounts:
    """Segments and informants per code, kept between reads of the code tree and brought up to date
    from the ``Changes`` of each write (a coding recounts one code, not every segment of the project).

    ``tree(project, changes)`` must see every write's changes in order (the code tree passes each
    ``project_changed``); ``changes=None`` or a change of transcripts, informants or codes (a deleted
    code takes its segments along) reads everything.
    Used on one thread at a time (the project's executor).
    """

    def __init__(self) -> None:
        self.where: dict[int, tuple[int, int | None]] | None = None  # segment → (code, informant)
        self.segments: Counter[int] = Counter()
        self.informants: dict[int, Counter[int]] = defaultdict(Counter)  # code → informant → segments
        self._rows: Sequence[Any] | None = None  # the codes as last read by tree()

    def _load(self, s: Any) -> None:
        self.where = {int(sid): (int(cid), None if inf is None else int(inf)) for sid, cid, inf in s.execute(text(
            "SELECT s.id, s.code_id, t.informant_id FROM segments s JOIN transcripts t ON t.id = s.transcript_id"))}
        self.segments, self.informants = Counter(), defaultdict(Counter)
        for cid, inf in self.where.values():
            self._add(cid, inf, 1)

    def _add(self, cid: int, inf: int | None, k: int) -> None:
        self.segments[cid] += k
        if inf is not None:
            self.informants[cid][inf] += k
            if self.informants[cid][inf] <= 0:
                del self.informants[cid][inf]

    def _update(self, s: Any, ids: frozenset[int]) -> None:
        assert self.where is not None
        for sid in ids:
            old = self.where.pop(sid, None)
            if old is not None:
                self._add(old[0], old[1], -1)
        if not ids:
            return
        rows = s.execute(text(
            "SELECT s.id, s.code_id, t.informant_id FROM segments s JOIN transcripts t ON t.id = s.transcript_id "
            f"WHERE s.id IN ({','.join(str(int(i)) for i in ids)})")).all()
        for sid, cid, inf in rows:
            self.where[int(sid)] = (int(cid), None if inf is None else int(inf))
            self._add(int(cid), None if inf is None else int(inf), 1)

    def update(self, s: Session, changes: Changes | None) -> None:
        """Bring the counts up to date in the open session ``s`` (see the class)."""
        if self.where is None or changes is None or changes.touches("transcripts", "informants", "codes"):
            self._load(s)
        else:
            self._update(s, changes.ids("segments"))

    def tree(self, project: Project, changes: Changes | None = None) -> list[CodeNodeDTO]:
        """What :func:`code_tree` returns, counting again only the segments ``changes`` touched (after
        plain coding the codes themselves are not read again)."""
        with project.read() as s:
            plain = self.where is not None and changes is not None and set(changes.touched) <= {"segments"}
            self.update(s, changes)
            if not plain or self._rows is None:
                self._rows = s.execute(_ROWS_SQL).all()
            rows = self._rows
        return [CodeNodeDTO(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), self.segments.get(int(r[0]), 0),
                            len(self.informants.get(int(r[0]), ())), bool(r[6])) for r in rows]


def children_map(nodes: list[CodeNodeDTO]) -> dict[int | None, list[CodeNodeDTO]]:
    out: dict[int | None, list[CodeNodeDTO]] = defaultdict(list)
    for n in nodes:
        out[n.parent_id].append(n)
    return out


def subtree_ids(project: Project, code_id: int) -> list[int]:
    with project.read() as s:
        rows = s.execute(text(
            "WITH RECURSIVE sub(id) AS (SELECT CAST(:cid AS INTEGER) UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id)"
            " SELECT id FROM sub"), {"cid": code_id})
        return [int(r[0]) for r in rows]


# ---- cross-case segments ------------------------------------------------------------------------------
_SEG_SQL = (
    "SELECT s.id, s.code_id, c.name, s.transcript_id, t.title, i.label, s.start, s.\"end\", "
    "(SELECT MIN(l.number) FROM lines l WHERE l.transcript_id = s.transcript_id AND l.\"end\" > s.start "
    " AND l.start < s.\"end\"), "
    "(SELECT MAX(l.number) FROM lines l WHERE l.transcript_id = s.transcript_id AND l.start < s.\"end\" "
    " AND l.\"end\" > s.start), "
    "substr(t.text, s.start + 1, s.\"end\" - s.start), s.coding_pass, s.coder "
    "FROM segments s JOIN codes c ON c.id = s.code_id JOIN transcripts t ON t.id = s.transcript_id "
    "LEFT JOIN informants i ON i.id = t.informant_id "
    "WHERE s.code_id IN ({ids}) ORDER BY i.label IS NULL, i.label, t.position, t.id, s.start, s.id")


def code_segments(project: Project, code_id: int, include_children: bool = False, context: int = 0
                  ) -> list[CodeSegmentDTO]:
    """All segments of a code (or of its subtree) across every transcript, by informant then position.

    Line numbers are those of the lines the segment overlaps. ``context`` adds up to that many whole
    lines before and after each segment (with speaker pseudonyms) for the expandable view.
    """
    ids = subtree_ids(project, code_id) if include_children else [code_id]
    placeholders = ",".join(str(int(i)) for i in ids)
    with project.read() as s:
        rows = s.execute(text(_SEG_SQL.format(ids=placeholders))).all()
        ctx: dict[int, tuple[tuple[ContextLine, ...], tuple[ContextLine, ...]]] = {}
        if context > 0 and rows:
            ctx = _context_lines(s, rows, context)
    return [CodeSegmentDTO(int(r[0]), int(r[1]), r[2], int(r[3]), r[4], r[5], int(r[6]), int(r[7]), r[8], r[9],
                           r[10] or "", int(r[11]), r[12], *ctx.get(int(r[0]), ((), ())))
            for r in rows]


def _context_lines(s: Session, rows: Sequence[Any], n: int) -> dict[int, tuple[tuple[ContextLine, ...], tuple[ContextLine, ...]]]:
    wanted: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # transcript → (seg, first, last)
    for r in rows:
        if r[8] is not None:
            wanted[int(r[3])].append((int(r[0]), int(r[8]), int(r[9])))
    out: dict[int, tuple[tuple[ContextLine, ...], tuple[ContextLine, ...]]] = {}
    for tid, segs in wanted.items():
        numbers: set[int] = set()
        for _, a, b in segs:
            numbers.update(range(a - n, a))
            numbers.update(range(b + 1, b + n + 1))
        numbers.discard(0)
        if not numbers:
            continue
        nums = ",".join(str(x) for x in sorted(numbers) if x > 0)
        got = {int(num): ContextLine(int(num), spk, txt) for num, spk, txt in s.execute(text(
            "SELECT l.number, u.speaker, substr(t.text, l.start + 1, l.\"end\" - l.start) FROM lines l "
            f"JOIN turns u ON u.id = l.turn_id JOIN transcripts t ON t.id = l.transcript_id "
            f"WHERE l.transcript_id = :tid AND l.number IN ({nums})"), {"tid": tid})}
        for sid, a, b in segs:
            out[sid] = (tuple(got[x] for x in range(a - n, a) if x in got),
                        tuple(got[x] for x in range(b + 1, b + n + 1) if x in got))
    return out


def line_range(project: Project, transcript_id: int, start: int, end: int) -> tuple[int, int] | None:
    """First and last line numbers overlapped by ``[start, end)``; None if it overlaps no line."""
    with project.read() as s:
        r = s.execute(text(
            "SELECT MIN(number), MAX(number) FROM lines WHERE transcript_id = :t AND \"end\" > :a AND start < :b"),
            {"t": transcript_id, "a": start, "b": end}).one()
    return None if r[0] is None else (int(r[0]), int(r[1]))


# ---- memos and journal --------------------------------------------------------------------------------
def _memo_dto(m: Memo) -> MemoDTO:
    return MemoDTO(m.id, m.target_type, m.target_id, m.title, m.text, m.created, m.updated)


def memo_for(project: Project, target_type: str, target_id: int) -> MemoDTO | None:
    with project.read() as s:
        m = s.scalar(select(Memo).where(Memo.target_type == target_type, Memo.target_id == target_id)
                     .order_by(Memo.id).limit(1))
        return None if m is None else _memo_dto(m)


def journal(project: Project) -> list[MemoDTO]:
    """Reflection notes, newest first."""
    with project.read() as s:
        return [_memo_dto(m) for m in s.scalars(select(Memo).where(Memo.target_type == "journal")
                                                 .order_by(Memo.created.desc(), Memo.id.desc()))]


# ---- progress ----------------------------------------------------------------------------------------
def progress(project: Project) -> list[TranscriptProgress]:
    """Per transcript: lines coded (overlapped by any segment), informant lines coded, and lines per pass.

    Computed with a sweep over sorted intervals per transcript rather than a correlated query, so it
    stays linear-ish for large projects.
    """
    with project.read() as s:
        ts = s.execute(text(
            "SELECT t.id, t.title, i.label FROM transcripts t LEFT JOIN informants i ON i.id = t.informant_id "
            "ORDER BY t.position, t.id")).all()
        lines: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
        for tid, a, b, role in s.execute(text(
                "SELECT l.transcript_id, l.start, l.\"end\", u.role FROM lines l JOIN turns u ON u.id = l.turn_id "
                "ORDER BY l.transcript_id, l.start")):
            lines[int(tid)].append((int(a), int(b), role == "informant"))
        segs: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for tid, a, b, p in s.execute(text(
                "SELECT transcript_id, start, \"end\", coding_pass FROM segments ORDER BY transcript_id, start")):
            segs[int(tid)].append((int(a), int(b), int(p)))
    out = []
    for tid, title, label in ts:
        ls = lines.get(int(tid), [])
        ss = segs.get(int(tid), [])
        coded = _covered(ls, ss)
        by_pass = {p: sum(_covered(ls, [x for x in ss if x[2] == p])) for p in sorted({x[2] for x in ss})}
        out.append(TranscriptProgress(
            int(tid), title, label, len(ls), sum(coded), sum(1 for ln in ls if ln[2]),
            sum(1 for ln, c in zip(ls, coded, strict=True) if c and ln[2]), len(ss), by_pass))
    return out


def _covered(lines: list[tuple[int, int, bool]], segs: list[tuple[int, int, int]]) -> list[bool]:
    """For each line (sorted by start), whether any segment overlaps it."""
    if not segs:
        return [False] * len(lines)
    # Merge segment intervals, then test each line against the merged list by bisection.
    merged: list[list[int]] = []
    for a, b, _ in sorted(segs):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [m[0] for m in merged]
    res = []
    for a, b, _ in lines:
        i = bisect.bisect_left(starts, b) - 1  # last merged interval starting before the line ends
        res.append(i >= 0 and merged[i][1] > a)
    return res


def passes(project: Project) -> list[PassCoverage]:
    """Coverage of each coding pass, from the same figures as :func:`progress`."""
    prog = progress(project)
    with project.read() as s:
        counts: dict[int, int] = dict(s.execute(text("SELECT coding_pass, COUNT(*) FROM segments GROUP BY coding_pass")).all())
    out = []
    for p in sorted(int(k) for k in counts):
        cover = tuple((tp.transcript_id, tp.by_pass[p] / tp.lines if tp.lines else 0.0)
                      for tp in prog if p in tp.by_pass)
        out.append(PassCoverage(p, int(counts[p]), cover))
    return out
