"""Cross-case matrix: theme areas (expandable to subgroups and codes) × informants.

A cell counts segments and distinct lines. Area and subgroup rows count the union of their codes'
lines, so a line coded with two codes of one area counts once. Computed from one grouped segment
query plus one lines query (bisect), fast enough for 20,000 segments.
"""

from __future__ import annotations

import json
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


def matrix(project: Project, filters: Mapping[str, str] | None = None, uncategorised: bool = True) -> Matrix:
    with project.read() as s:
        infs = [(i, lbl, json.loads(a or "{}")) for i, lbl, a in s.execute(
            select(Informant.id, Informant.label, Informant.attributes).order_by(Informant.label)).all()]
        nodes = node_rows(s)
        codes = s.execute(select(Code.id, Code.name, Code.color, Code.theme_id)
                          .order_by(Code.position, Code.id)).all()
        rows = s.execute(select(Segment.transcript_id, Segment.start, Segment.end, Segment.code_id,
                                Transcript.informant_id).join(Transcript, Transcript.id == Segment.transcript_id)
                         ).all()
        index = LineIndex(s, {r[0] for r in rows})
    infs.sort(key=lambda x: (len(x[1]), x[1]))
    columns = [MatrixColumn(i, lbl, {str(k): str(v) for k, v in a.items()}) for i, lbl, a in infs
               if matches(a, filters)]
    if any(r[4] is None for r in rows) and not filters:
        columns.append(MatrixColumn(None, "(no informant)", {}))
    col_of = {c.informant_id: k for k, c in enumerate(columns)}
    by_id = {n.id: n for n in nodes}
    code_theme = {c.id: c.theme_id for c in codes}

    segs: dict[tuple[str, int | None], list[int]] = {}
    lines: dict[tuple[str, int | None], list[set[tuple[int, int]]]] = {}

    def add(key: tuple[str, int | None], col: int, got: range, tid: int) -> None:
        if key not in segs:
            segs[key] = [0] * len(columns)
            lines[key] = [set() for _ in columns]
        segs[key][col] += 1
        lines[key][col].update((tid, k) for k in got)

    for tid, start, end, code_id, inf in rows:
        col = col_of.get(inf)
        if col is None:
            continue
        first, last = index.span(tid, start, end)
        got = range(first, last + 1)
        add(("code", code_id), col, got, tid)
        theme = code_theme.get(code_id)
        if theme is None:
            add(("area", None), col, got, tid)
            continue
        node = by_id[theme]
        if node.parent_id is not None:
            add(("subgroup", node.id), col, got, tid)
            add(("area", node.parent_id), col, got, tid)
        else:
            add(("area", node.id), col, got, tid)

    def make(kind: str, id_: int | None, name: str, color: str, depth: int, area: int | None) -> MatrixRow:
        key = (kind, id_)
        if key in segs:
            cells = tuple(Cell(n, len(ls)) for n, ls in zip(segs[key], lines[key], strict=True))
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
