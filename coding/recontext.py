"""Recontextualisation reads: theme reader, transcript overlay and per-informant profiles.

Each read runs a few grouped queries in one short session and returns frozen DTOs, so the
views can be built from a worker thread and handed to the UI.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ScalarSelect, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from coding.dto import ThemeNodeDTO
from coding.lineindex import LineIndex
from coding.store import Project
from coding.store.models import Code, Informant, Line, Quote, Segment, ThemeNode, Transcript


class ContextLine(NamedTuple):
    """A line around a segment (a named tuple: a theme reader makes ten thousand of them)."""

    number: int
    text: str


@dataclass(frozen=True)
class SegmentItem:
    """A coded extract with its source: informant, transcript and line numbers (fixed at import)."""

    segment_id: int
    code_id: int
    code_name: str
    theme_id: int | None
    transcript_id: int
    transcript_title: str
    informant_label: str | None
    start: int
    end: int
    text: str
    first_line: int
    last_line: int
    before: tuple[ContextLine, ...] = ()
    after: tuple[ContextLine, ...] = ()

    @property
    def reference(self) -> str:
        """The citation used in results chapters: "B, l. 212–215"."""
        who = self.informant_label or self.transcript_title
        if self.first_line <= 0:
            return who
        if self.first_line == self.last_line:
            return f"{who}, l. {self.first_line}"
        return f"{who}, l. {self.first_line}–{self.last_line}"


@dataclass(frozen=True)
class InformantGroup:
    label: str | None
    items: tuple[SegmentItem, ...]


@dataclass(frozen=True)
class ThemeReader:
    node: ThemeNodeDTO
    subgroups: tuple[ThemeNodeDTO, ...]
    groups: tuple[InformantGroup, ...]
    golden: dict[int, int]  # segment id → quote id of the node's golden quotes
    code_ids: frozenset[int] = frozenset()  # the codes of the node and its subgroups, with segments or not

    @property
    def segment_count(self) -> int:
        return sum(len(g.items) for g in self.groups)


def node_rows(s: Session) -> list[ThemeNodeDTO]:
    """All theme nodes as DTOs (they outlive the session, unlike ORM rows), by position."""
    return [_dto(n) for n in s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id))]


def _dto(n: ThemeNode) -> ThemeNodeDTO:
    return ThemeNodeDTO(n.id, n.kind, n.name, n.description, n.summary, n.color, n.parent_id, n.position)


def _line_number_columns() -> tuple[ScalarSelect[int], ScalarSelect[int]]:
    """First and last line number a segment overlaps, looked up in SQL through ``ix_lines_transcript_start``
    (two index probes per segment instead of loading every line of every transcript involved).

    Lines are numbered in text order and do not overlap: the first line is the last one starting at or
    before the segment's start, or the one after it if that line ends before the segment begins; the
    last line is the last one starting before the segment's end. NULL when no such line exists."""
    lo, hi = aliased(Line), aliased(Line)
    first = (select(lo.number + case((lo.end <= Segment.start, 1), else_=0))
             .where(lo.transcript_id == Segment.transcript_id, lo.start <= Segment.start)
             .order_by(lo.start.desc()).limit(1).correlate(Segment).scalar_subquery())
    last = (select(hi.number).where(hi.transcript_id == Segment.transcript_id, hi.start < Segment.end)
            .order_by(hi.start.desc()).limit(1).correlate(Segment).scalar_subquery())
    return first, last


SEG_COLUMNS = (Segment.id, Segment.code_id, Code.name, Code.theme_id, Segment.transcript_id, Transcript.title,
               Informant.label, Segment.start, Segment.end, *_line_number_columns())


def segment_query() -> Select[int, int, str, int | None, int, str, str, int, int, int, int]:
    """Segments with code, transcript, informant and line numbers: the shape :func:`build_items` expects."""
    return (select(*SEG_COLUMNS).join(Code, Code.id == Segment.code_id)
            .join(Transcript, Transcript.id == Segment.transcript_id)
            .outerjoin(Informant, Informant.id == Transcript.informant_id))


def build_items(s: Session, rows: Sequence[Sequence[Any]], context: int = 2) -> list[SegmentItem]:
    """Turn :func:`segment_query` rows into items with text, line numbers and ``context`` lines around.

    Only the transcripts' texts are read here; the lines themselves only when ``context`` asks for them."""
    tids = sorted({int(r[4]) for r in rows})
    if not tids:
        return []
    texts: dict[int, str] = {int(i): str(t) for i, t in s.execute(
        select(Transcript.id, Transcript.text).where(Transcript.id.in_(tids)))}
    index = LineIndex(s, tids) if context else None
    out = []
    for sid, cid, cname, theme, tid, title, label, start, end, first_, last_ in rows:
        text = texts[tid]
        first: int = 1 if first_ is None else first_
        last: int = -1 if last_ is None else last_
        if first > last:  # the segment touches no line
            first, last = 0, -1
        before: tuple[ContextLine, ...] = ()
        after: tuple[ContextLine, ...] = ()
        if index is not None and first > 0:
            st, en = index.starts[tid], index.ends[tid]
            before = tuple(ContextLine(k, text[st[k - 1]:en[k - 1]]) for k in range(max(1, first - context), first))
            after = tuple(ContextLine(k, text[st[k - 1]:en[k - 1]])
                          for k in range(last + 1, min(len(st), last + context) + 1))
        out.append(SegmentItem(sid, cid, cname, theme, tid, title, label, start, end, text[start:end], first, last,
                               before, after))
    return out


def group_by_informant(items: Iterable[SegmentItem]) -> tuple[InformantGroup, ...]:
    groups: dict[str | None, list[SegmentItem]] = {}
    for it in items:
        groups.setdefault(it.informant_label, []).append(it)
    order = sorted(groups, key=lambda k: (k is None, len(k or ""), k or ""))
    return tuple(InformantGroup(k, tuple(groups[k])) for k in order)


def theme_reader(project: Project, theme_id: int, context: int = 2) -> ThemeReader:
    """A node's condensate and all its segments (through its codes and its subgroups' codes)."""
    with project.read() as s:
        node = s.get(ThemeNode, theme_id)
        if node is None:
            raise KeyError(f"theme node {theme_id} does not exist")
        subs = tuple(_dto(n) for n in s.scalars(select(ThemeNode).where(ThemeNode.parent_id == theme_id)
                                                .order_by(ThemeNode.position, ThemeNode.id)))
        ids = [theme_id, *(n.id for n in subs)]
        rows = list(s.execute(segment_query().where(Code.theme_id.in_(ids))))
        # Sorted here, not in SQL: ``position`` sits behind the transcript's text in its row, so ORDER BY
        # it walks the text's overflow pages once per segment.
        tids = {r[4] for r in rows}
        pos = dict(s.execute(select(Transcript.id, Transcript.position).where(Transcript.id.in_(tids))).all())
        rows.sort(key=lambda r: (pos[r[4]], r[7], r[0]))
        items = build_items(s, rows, context)
        golden = dict(s.execute(select(Quote.segment_id, Quote.id)
                                .where(Quote.theme_id == theme_id, Quote.golden == 1)).all())
        code_ids = frozenset(s.scalars(select(Code.id).where(Code.theme_id.in_(ids))))
        return ThemeReader(_dto(node), subs, group_by_informant(items), golden, code_ids)


# ---- transcript overlay -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Band:
    """Where one theme area covers the transcript (its segments' union), for the margin."""

    area_id: int
    name: str
    color: str
    start: int
    end: int


@dataclass(frozen=True)
class Overlay:
    transcript_id: int
    title: str
    informant_label: str | None
    bands: tuple[Band, ...]
    uncovered: tuple[tuple[int, int], ...]  # character ranges no theme covers (trimmed of whitespace)
    uncovered_lines: tuple[tuple[int, int], ...]  # runs of line numbers no theme touches
    themed_chars: int
    total_chars: int
    themed_lines: int
    total_lines: int

    @property
    def share(self) -> float:
        return self.themed_chars / self.total_chars if self.total_chars else 0.0

    @property
    def line_share(self) -> float:
        return self.themed_lines / self.total_lines if self.total_lines else 0.0


def merge_intervals(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if b <= a:
            continue
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def complement(covered: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` outside ``covered`` (merged), trimmed of whitespace, empty ones dropped."""
    out = []
    pos = 0
    for a, b in [*covered, (len(text), len(text))]:
        a = min(max(a, 0), len(text))
        if a > pos:
            lo, hi = pos, a
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if hi > lo:
                out.append((lo, hi))
        pos = max(pos, min(b, len(text)))
    return out


def _runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def overlay(project: Project, transcript_id: int) -> Overlay:
    """Theme-area bands over a transcript, what no theme covers, and the themed share."""
    with project.read() as s:
        t = s.get(Transcript, transcript_id)
        if t is None:
            raise KeyError(f"transcript {transcript_id} does not exist")
        label = s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) if t.informant_id else None
        nodes = {n.id: n for n in node_rows(s)}
        rows = s.execute(select(Segment.start, Segment.end, Code.theme_id).join(Code, Code.id == Segment.code_id)
                         .where(Segment.transcript_id == transcript_id, Code.theme_id.is_not(None))).all()
        index = LineIndex(s, [transcript_id])
        text, title = t.text, t.title
    per_area: dict[int, list[tuple[int, int]]] = {}
    for start, end, theme in rows:
        if theme is None:
            continue
        node = nodes[theme]
        area = node.parent_id if node.parent_id is not None else node.id
        per_area.setdefault(area, []).append((start, end))
    bands = []
    for area in sorted(per_area, key=lambda a: (nodes[a].position, a)):
        bands += [Band(area, nodes[area].name, nodes[area].color, a, b) for a, b in merge_intervals(per_area[area])]
    covered = merge_intervals((b.start, b.end) for b in bands)
    n_lines = index.line_count(transcript_id)
    themed_line_set: set[int] = set()
    for a, b in covered:
        first, last = index.span(transcript_id, a, b)
        themed_line_set.update(range(first, last + 1))
    if n_lines:
        line_spans = [index.line_range(transcript_id, k) for k in range(1, n_lines + 1)]
        total = sum(e - st for st, e in line_spans)
        themed = sum(_overlap(covered, st, e) for st, e in line_spans)
    else:
        total = len(text)
        themed = _overlap(covered, 0, len(text))
    return Overlay(transcript_id, title, label, tuple(bands), tuple(complement(covered, text)),
                   tuple(_runs(set(range(1, n_lines + 1)) - themed_line_set)), themed, total,
                   len(themed_line_set), n_lines)


def _overlap(covered: Sequence[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(b, end) - max(a, start)) for a, b in covered if a < end and b > start)


# ---- per informant ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InformantTheme:
    area_id: int
    name: str
    color: str
    segments: int
    lines: int


@dataclass(frozen=True)
class InformantProfile:
    informant_id: int
    label: str
    total_lines: int
    themed_lines: int
    themes: tuple[InformantTheme, ...]  # areas the account touches, most lines first


def informant_profiles(project: Project) -> list[InformantProfile]:
    """For each informant: which theme areas their transcripts touch, in segments and distinct lines."""
    with project.read() as s:
        nodes = {n.id: n for n in node_rows(s)}
        infs = list(s.execute(select(Informant.id, Informant.label).order_by(Informant.label)).all())
        rows = s.execute(select(Transcript.informant_id, Segment.transcript_id, Segment.start, Segment.end,
                                Code.theme_id).join(Code, Code.id == Segment.code_id)
                         .join(Transcript, Transcript.id == Segment.transcript_id)
                         .where(Code.theme_id.is_not(None), Transcript.informant_id.is_not(None))).all()
        tids = {r[1] for r in rows}
        index = LineIndex(s, tids)
        line_totals = dict(s.execute(
            select(Transcript.informant_id, func.count(Line.id)).join(Line, Line.transcript_id == Transcript.id)
            .group_by(Transcript.informant_id)).all())
    segs: dict[tuple[int, int], int] = {}
    lines: dict[tuple[int, int], set[tuple[int, int]]] = {}
    themed: dict[int, set[tuple[int, int]]] = {}
    for inf, tid, start, end, theme in rows:
        if inf is None or theme is None:
            continue  # the query excludes both; this narrows the types
        n = nodes[theme]
        area = n.parent_id if n.parent_id is not None else n.id
        first, last = index.span(tid, start, end)
        key = (inf, area)
        segs[key] = segs.get(key, 0) + 1
        got = {(tid, k) for k in range(first, last + 1)}
        lines.setdefault(key, set()).update(got)
        themed.setdefault(inf, set()).update(got)
    out = []
    for inf_id, label in infs:
        themes = [InformantTheme(a, nodes[a].name, nodes[a].color, segs[(i, a)], len(lines[(i, a)]))
                  for (i, a) in segs if i == inf_id]
        themes.sort(key=lambda x: (-x.lines, -x.segments, nodes[x.area_id].position))
        out.append(InformantProfile(inf_id, label, int(line_totals.get(inf_id, 0)), len(themed.get(inf_id, ())),
                                    tuple(themes)))
    return out
