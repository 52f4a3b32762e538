"""Cross-case matrix: theme areas (expandable to subgroups and codes) × informants.

A cell counts segments and distinct lines. Area and subgroup rows count the union of their codes'
lines, so a line coded with two codes of one area counts once. Computed from one grouped segment
query plus one lines query (bisect), fast enough for 20,000 segments.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from coding.lineindex import LineIndex
from coding.recontext import SegmentItem, build_items, node_rows, segment_query
from coding.store import Project
from coding.store.models import Code, Informant, Segment, ThemeNode, Transcript

UNCATEGORISED = "Uncategorised"


@dataclass(frozen=True)
class Cell:
    segments: int = 0
    lines: int = 0


@dataclass(frozen=True)
class MatrixColumn:
    informant_id: int | None  # None: transcripts without an informant
    label: str
    attributes: dict[str, str]


@dataclass(frozen=True)
class MatrixRow:
    """``kind`` is "area", "subgroup" or "code"; ``id`` None for the Uncategorised pseudo-area."""

    kind: str
    id: int | None
    name: str
    color: str
    depth: int
    area_id: int | None
    cells: tuple[Cell, ...]
    total: Cell


@dataclass(frozen=True)
class Matrix:
    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]

    @property
    def max_segments(self) -> int:
        return max((c.segments for r in self.rows if r.kind == "area" for c in r.cells), default=0)


def matches(attributes: Mapping[str, str], filters: Mapping[str, str] | None) -> bool:
    """An informant passes when every filter key has that value (case-insensitive)."""
    if not filters:
        return True
    return all(attributes.get(k, "").casefold() == v.casefold() for k, v in filters.items() if v)


def attribute_values(project: Project) -> dict[str, list[str]]:
    """Every attribute key with its values, for the filter menus."""
    out: dict[str, set[str]] = {}
    with project.read() as s:
        for raw in s.scalars(select(Informant.attributes)):
            for k, v in json.loads(raw or "{}").items():
                out.setdefault(k, set()).add(str(v))
    return {k: sorted(v) for k, v in sorted(out.items())}


def pack(tid: int, first: int, last: int) -> int:
    """One int per line span: ints are not tracked by the garbage collector, tuples are (and 60,000
    tuples made the collector dominate the matrix time)."""
    return (tid << 40) | (first << 20) | last


def distinct_lines(items: list[int]) -> int:
    """How many lines the packed (transcript, first line, last line) spans cover together."""
    total, cur_t, cur_a, cur_b = 0, -1, 0, -1
    for x in sorted(items):
        tid, a, b = x >> 40, (x >> 20) & 0xFFFFF, x & 0xFFFFF
        if b < a:
            continue
        if tid == cur_t and a <= cur_b + 1:
            cur_b = max(cur_b, b)
            continue
        total += cur_b - cur_a + 1
        cur_t, cur_a, cur_b = tid, a, b
    return total + cur_b - cur_a + 1


def matrix(project: Project, filters: Mapping[str, str] | None = None, uncategorised: bool = True) -> Matrix:
    with project.read() as s:
        infs = [(i, lbl, json.loads(a or "{}")) for i, lbl, a in s.execute(
            select(Informant.id, Informant.label, Informant.attributes).order_by(Informant.label)).all()]
        nodes = node_rows(s)
        codes = s.execute(select(Code.id, Code.name, Code.color, Code.theme_id)
                          .order_by(Code.position, Code.id)).all()
        # Raw cursor rows: 20,000 segments through ORM Row objects cost more than the whole count.
        # The DBAPI cursor directly: building 20,000 SQLAlchemy Row objects costs more than the count.
        raw = s.connection().connection.driver_connection
        assert raw is not None
        inf_of = dict(raw.execute("SELECT id, informant_id FROM transcripts").fetchall())
        rows = raw.execute('SELECT transcript_id, start, "end", code_id FROM segments ORDER BY transcript_id'
                           ).fetchall()
        index = LineIndex(s, {r[0] for r in rows})
    infs.sort(key=lambda x: (len(x[1]), x[1]))
    columns = [MatrixColumn(i, lbl, {str(k): str(v) for k, v in a.items()}) for i, lbl, a in infs
               if matches(a, filters)]
    if any(v is None for v in inf_of.values()) and not filters:
        columns.append(MatrixColumn(None, "(no informant)", {}))
    col_of = {c.informant_id: k for k, c in enumerate(columns)}
    by_id = {n.id: n for n in nodes}
    code_theme = {c.id: c.theme_id for c in codes}
    # Row keys a code's segments count towards: the code, its subgroup (if any) and its area.
    keys_of: dict[int, tuple[tuple[str, int | None], ...]] = {}
    for cid, theme in code_theme.items():
        if theme is None:
            keys_of[cid] = (("code", cid), ("area", None))
        elif by_id[theme].parent_id is not None:
            keys_of[cid] = (("code", cid), ("subgroup", theme), ("area", by_id[theme].parent_id))
        else:
            keys_of[cid] = (("code", cid), ("area", theme))

    spans: dict[tuple[str, int | None], list[list[int]]] = {}
    ncol = len(columns)
    cur_tid, col, starts, ends = None, None, [], []
    for tid, start, end, code_id in rows:
        if tid != cur_tid:  # rows come grouped by transcript: look its column and lines up once
            cur_tid, col = tid, col_of.get(inf_of.get(tid))
            starts, ends = index.starts.get(tid, []), index.ends.get(tid, [])
        if col is None:
            continue
        first = bisect_right(ends, start) + 1
        last = bisect_left(starts, end)
        item = (tid << 40) | (first << 20) | last if last >= first else (tid << 40) | (1 << 20)
        for key in keys_of[code_id]:
            per = spans.get(key)
            if per is None:
                per = spans[key] = [[] for _ in range(ncol)]
            per[col].append(item)

    def make(kind: str, id_: int | None, name: str, color: str, depth: int, area: int | None) -> MatrixRow:
        per = spans.get((kind, id_))
        if per is not None:
            cells = tuple(Cell(len(items), distinct_lines(items)) for items in per)
        else:
            cells = tuple(Cell() for _ in columns)
        total = Cell(sum(c.segments for c in cells), sum(c.lines for c in cells))
        return MatrixRow(kind, id_, name, color, depth, area, cells, total)

    out: list[MatrixRow] = []
    for area in (n for n in nodes if n.parent_id is None):
        out.append(make("area", area.id, area.name, area.color, 0, area.id))
        out += [make("code", c.id, c.name, c.color, 1, area.id) for c in codes if c.theme_id == area.id]
        for sub in (n for n in nodes if n.parent_id == area.id):
            out.append(make("subgroup", sub.id, sub.name, sub.color, 1, area.id))
            out += [make("code", c.id, c.name, c.color, 2, area.id) for c in codes if c.theme_id == sub.id]
    if uncategorised and any(c.theme_id is None for c in codes):
        out.append(make("area", None, UNCATEGORISED, "#bab0ac", 0, None))
        out += [make("code", c.id, c.name, c.color, 1, None) for c in codes if c.theme_id is None]
    return Matrix(tuple(columns), tuple(out))


def cell_segments(project: Project, kind: str, row_id: int | None, informant_id: int | None,
                  context: int = 2) -> list[SegmentItem]:
    """The segments behind one matrix cell (row ``kind``/``row_id``, one informant), in text order."""
    q = segment_query()
    if kind == "code":
        q = q.where(Segment.code_id == row_id)
    elif row_id is None:
        q = q.where(Code.theme_id.is_(None))
    else:
        sub = select(ThemeNode.id).where(ThemeNode.parent_id == row_id)
        q = q.where((Code.theme_id == row_id) | Code.theme_id.in_(sub)) if kind == "area" else \
            q.where(Code.theme_id == row_id)
    q = q.where(Transcript.informant_id.is_(None) if informant_id is None else
                Transcript.informant_id == informant_id)
    with project.read() as s:
        rows = s.execute(q.order_by(Transcript.position, Segment.start, Segment.id)).all()
        return build_items(s, rows, context)
