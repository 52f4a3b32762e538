"""The project's own progress through its analysis recipe, measured from its data (the "Steps" guide).

Two recipes (``docs/METHOD.md``): the thesis's seven steps of thematic content analysis
(``"thematic"``) and Malterud's four steps of systematic text condensation (``"stc"``). Each step gets
measures counted from the project: transcripts read whole and re-read with the overlay (the read marks
of :mod:`coding.services.method_guide`), lines coded per pass, codes placed in theme areas, theme areas
and subgroups with a summary/condensate and a golden quote, areas linked to research questions, areas
found in several informants' accounts, informants with attributes, snapshots and what changed between
them, and reflection notes. No measure is stored; every call counts afresh (a few grouped queries).

Measures carry keys, not sentences: the UI words them (and translates them). ``target`` names the view
that does the step ("transcripts", "codes", "themes", "condensation", "matrix", "snapshots",
"overlay", "journal").
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select

from coding.changes import Changes
from coding.services.method_guide import current_method, reading_states
from coding.snapshots import FORMAT, diff, list_snapshots, load_snapshot
from coding.store import Project
from coding.store.models import (
    Code,
    Informant,
    Line,
    Memo,
    Quote,
    ResearchQuestion,
    Segment,
    ThemeNode,
    ThemeQuestion,
    Transcript,
    Turn,
)


@dataclass(frozen=True)
class Measure:
    """``done`` of ``total`` (e.g. 3 of 4 transcripts read). ``gauge`` False: shown, not a goal."""

    key: str
    done: int
    total: int
    gauge: bool = True

    @property
    def fraction(self) -> float:
        if self.total <= 0:
            return 0.0
        return min(1.0, self.done / self.total)


@dataclass(frozen=True)
class StepProgress:
    key: str  # stable id of the step, e.g. "read", "code", "condense"
    number: int | None  # 1-based step number; None for what runs throughout (reflection notes)
    target: str  # the view that does this step
    measures: tuple[Measure, ...]

    @property
    def fraction(self) -> float:
        gauges = [m.fraction for m in self.measures if m.gauge]
        return sum(gauges) / len(gauges) if gauges else 0.0

    @property
    def done(self) -> bool:
        return self.fraction >= 1.0

    @property
    def started(self) -> bool:
        return any(m.done > 0 for m in self.measures)


@dataclass(frozen=True)
class Facts:
    """Everything the steps are measured from, counted once."""

    transcripts: int
    read: int
    reread: int
    informant_lines: int
    coded_lines: int  # informant lines overlapped by any segment
    lines_by_pass: dict[int, int]  # pass → informant lines it coded
    transcripts_by_pass: dict[int, int]  # pass → transcripts with a segment in it
    transcripts_coded: int  # transcripts with any segment
    codes: int
    codes_placed: int  # codes sitting in a theme area or subgroup
    areas: int
    subgroups: int
    areas_with_summary: int
    subgroups_with_condensate: int
    subgroups_with_golden: int
    subgroups_complete: int  # condensate and golden quote
    areas_with_subgroups: int
    areas_with_question: int
    areas_with_quote: int  # an area or one of its subgroups has a quote
    questions: int
    informants: int
    informants_with_attributes: int
    areas_across_informants: int  # areas found in at least two informants' accounts
    snapshots: int
    changes_since_first_snapshot: int
    journal: int
    memos: int


def _coverage(lines: list[tuple[int, int]], segs: list[tuple[int, int]]) -> int:
    """How many of ``lines`` (sorted) any of ``segs`` overlaps."""
    if not segs or not lines:
        return 0
    merged: list[list[int]] = []
    for a, b in sorted(segs):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [m[0] for m in merged]
    n = 0
    for a, b in lines:
        i = bisect.bisect_left(starts, b) - 1
        n += i >= 0 and merged[i][1] > a
    return n


def _hierarchy(project: Project) -> dict[str, Any]:
    """The current hierarchy in snapshot form, without the segment lists (enough to count changes)."""
    with project.read() as s:
        nodes = s.execute(select(ThemeNode.id, ThemeNode.guid, ThemeNode.name, ThemeNode.kind, ThemeNode.position,
                                 ThemeNode.parent_id)).all()
        guid = {n[0]: n[1] for n in nodes}
        codes = s.execute(select(Code.id, Code.guid, Code.name, Code.position, Code.parent_id, Code.theme_id)).all()
        cguid = {c[0]: c[1] for c in codes}
    return {"format": FORMAT,
            "themes": [{"guid": g, "name": n, "kind": k, "position": pos, "parent": guid.get(par) if par else None}
                       for _i, g, n, k, pos, par in nodes],
            "codes": [{"guid": g, "name": n, "position": pos, "parent": cguid.get(par) if par else None,
                       "theme": guid.get(th) if th else None, "segment_count": 0, "segments": []}
                      for _i, g, n, pos, par, th in codes]}


def _changes_since_first_snapshot(project: Project) -> int:
    """How many renames, merges, additions, removals and moves separate the first snapshot from now."""
    snaps = list_snapshots(project)
    if not snaps:
        return 0
    first = load_snapshot(project, snaps[0].id)
    # Without segment lists on either side a merged code counts as removed: still one change.
    first = {**first, "codes": [{**c, "segments": []} for c in first.get("codes", [])]}
    return len(diff(first, _hierarchy(project)).lines())


class Coverage:
    """Coded informant lines per transcript and pass, kept between calls and brought up to date from
    the ``Changes`` of the writes in between (the Steps dock recounts after every pause in coding).

    ``update(project, changes)``: ``changes`` merges every write since the last call, or is None when
    that is not known (then everything is read again). A change of segments only recounts the
    transcripts those segments lie (or lay) in; one of transcripts, lines or turns reads everything.
    Used on one thread at a time (the project's executor).
    """

    def __init__(self) -> None:
        self.lines: dict[int, list[tuple[int, int]]] | None = None  # transcript → informant lines (sorted)
        self.segs: dict[int, dict[int, tuple[int, int, int, int]]] = {}  # transcript → segment → (pass, a, b, code)
        self.where: dict[int, int] = {}  # segment id → transcript
        self.counts: dict[int, tuple[int, dict[int, int]]] = {}  # transcript → (coded lines, per pass)
        self.codes: dict[int, set[int]] = {}  # transcript → the codes of its segments
        self.last: Facts | None = None  # the facts of the last full count (kept for plain coding)
        self.maps: tuple[dict[int, int], dict[int, int], dict[int, int], frozenset[int]] = ({}, {}, {}, frozenset())

    def update(self, project: Project, changes: Changes | None) -> None:
        if self.lines is None or changes is None or changes.touches("transcripts", "lines", "turns"):
            self._load(project)
            return
        ids = changes.ids("segments")
        if not ids:
            return
        with project.read() as s:
            rows = s.execute(select(Segment.id, Segment.transcript_id, Segment.start, Segment.end,
                                    Segment.coding_pass, Segment.code_id).where(Segment.id.in_(list(ids)))).all()
        dirty = {self.where[i] for i in ids if i in self.where}
        for i in ids:
            tid = self.where.pop(i, None)
            if tid is not None:
                self.segs.get(tid, {}).pop(i, None)
        for sid, tid, a, b, p, c in rows:
            self.segs.setdefault(int(tid), {})[int(sid)] = (int(p), int(a), int(b), int(c))
            self.where[int(sid)] = int(tid)
            dirty.add(int(tid))
        for tid in dirty:
            self._count(tid)

    def _load(self, project: Project) -> None:
        lines: dict[int, list[tuple[int, int]]] = defaultdict(list)
        with project.read() as s:
            for tid, a, b in s.execute(select(Line.transcript_id, Line.start, Line.end)
                                       .join(Turn, Turn.id == Line.turn_id).where(Turn.role == "informant")
                                       .order_by(Line.transcript_id, Line.start)):
                lines[int(tid)].append((int(a), int(b)))
            segs: dict[int, dict[int, tuple[int, int, int, int]]] = defaultdict(dict)
            for sid, tid, a, b, p, c in s.execute(select(Segment.id, Segment.transcript_id, Segment.start,
                                                         Segment.end, Segment.coding_pass, Segment.code_id)):
                segs[int(tid)][int(sid)] = (int(p), int(a), int(b), int(c))
        self.lines, self.segs = dict(lines), dict(segs)
        self.where = {sid: tid for tid, by in self.segs.items() for sid in by}
        self.counts, self.codes = {}, {}
        for tid in self.segs:
            self._count(tid)

    def _count(self, tid: int) -> None:
        assert self.lines is not None
        by = self.segs.get(tid)
        if not by:
            self.segs.pop(tid, None)
            self.counts.pop(tid, None)
            self.codes.pop(tid, None)
            return
        lines = self.lines.get(tid, [])
        per_pass: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p, a, b, _c in by.values():
            per_pass[p].append((a, b))
        self.codes[tid] = {c for _p, _a, _b, c in by.values()}
        every = [ab for v in per_pass.values() for ab in v]
        self.counts[tid] = (_coverage(lines, every), {p: _coverage(lines, v) for p, v in per_pass.items()})

    def informant_lines(self) -> int:
        return sum(len(v) for v in (self.lines or {}).values())


def facts(project: Project, coverage: Coverage | None = None, changes: Changes | None = None) -> Facts:
    """Everything the steps measure. With ``coverage`` (kept by the caller between calls) the coded
    lines are recounted only where ``changes`` (every write since the last call) touched segments, and
    after plain coding (``changes`` touched only segments) nothing else is read again."""
    cov = coverage if coverage is not None else Coverage()
    cov.update(project, changes if coverage is not None else None)
    if coverage is not None and changes is not None and cov.last is not None and set(changes.touched) <= {"segments"}:
        return replace(cov.last, **_segment_facts(cov, *cov.maps))
    states = reading_states(project)
    with project.read() as s:
        nodes = list(s.execute(select(ThemeNode.id, ThemeNode.kind, ThemeNode.parent_id, ThemeNode.summary)))
        area_of = {int(nid): int(parent if parent is not None else nid) for nid, _k, parent, _s in nodes}
        codes = int(s.scalar(select(func.count(Code.id))) or 0)
        placed = int(s.scalar(select(func.count(Code.id)).where(Code.theme_id.is_not(None))) or 0)
        golden = set(s.scalars(select(Quote.theme_id).where(Quote.golden == 1, Quote.theme_id.is_not(None))))
        quoted = {area_of[t] for t in s.scalars(select(Quote.theme_id).where(Quote.theme_id.is_not(None)))
                  if t in area_of}
        linked = {area_of[t] for t in s.scalars(select(ThemeQuestion.theme_id)) if t in area_of}
        questions = int(s.scalar(select(func.count(ResearchQuestion.id))) or 0)
        attrs = list(s.scalars(select(Informant.attributes)))
        # (informant, theme) of every segment, from the kept segments: no join over every segment
        theme_of = {int(c): int(t or 0) for c, t in s.execute(select(Code.id, Code.theme_id)
                                                              .where(Code.theme_id.is_not(None)))}
        informant_of = {int(t): int(i or 0) for t, i in s.execute(select(Transcript.id, Transcript.informant_id)
                                                                  .where(Transcript.informant_id.is_not(None)))}
        journal = int(s.scalar(select(func.count(Memo.id)).where(Memo.target_type == "journal")) or 0)
        memos = int(s.scalar(select(func.count(Memo.id)).where(Memo.target_type != "journal")) or 0)
    areas = [n for n in nodes if n[1] == "area"]
    subs = [n for n in nodes if n[1] == "subgroup"]
    cov.maps = (informant_of, theme_of, area_of, frozenset(int(n[0]) for n in areas))
    reorganised = _changes_since_first_snapshot(project)
    snaps = list_snapshots(project)
    f = Facts(
        transcripts=len(states),
        read=sum(1 for st in states if st.read),
        reread=sum(1 for st in states if st.reread),
        informant_lines=cov.informant_lines(),
        codes=codes,
        codes_placed=placed,
        areas=len(areas),
        subgroups=len(subs),
        areas_with_summary=sum(1 for n in areas if n[3].strip()),
        subgroups_with_condensate=sum(1 for n in subs if n[3].strip()),
        subgroups_with_golden=sum(1 for n in subs if n[0] in golden),
        subgroups_complete=sum(1 for n in subs if n[3].strip() and n[0] in golden),
        areas_with_subgroups=len({n[2] for n in subs}),
        areas_with_question=len(linked),
        areas_with_quote=len(quoted),
        questions=questions,
        informants=len(attrs),
        informants_with_attributes=sum(1 for a in attrs if a and a.strip() not in ("", "{}")),
        snapshots=len(snaps),
        changes_since_first_snapshot=reorganised,
        journal=journal,
        memos=memos,
        **_segment_facts(cov, *cov.maps),
    )
    if coverage is not None:
        cov.last = f
    return f


def _segment_facts(cov: Coverage, informant_of: dict[int, int], theme_of: dict[int, int], area_of: dict[int, int],
                   areas: frozenset[int]) -> dict[str, Any]:
    """The facts that plain coding changes, from the kept coverage (the maps: as last read)."""
    passes = sorted({p for _all, by in cov.counts.values() for p in by})
    pairs = {(informant_of[tid], area_of[theme_of[c]]) for tid, cs in cov.codes.items() if tid in informant_of
             for c in cs if c in theme_of and theme_of[c] in area_of}
    spread: dict[int, int] = defaultdict(int)  # area → informants whose accounts it touches
    for _inf, area in pairs:
        spread[area] += 1
    return {
        "coded_lines": sum(n for n, _by in cov.counts.values()),
        "lines_by_pass": {p: sum(by.get(p, 0) for _n, by in cov.counts.values()) for p in passes},
        "transcripts_by_pass": {p: sum(1 for _n, by in cov.counts.values() if p in by) for p in passes},
        "transcripts_coded": len(cov.counts),
        "areas_across_informants": sum(1 for a in areas if spread.get(a, 0) >= 2),
    }


def _passes(f: Facts) -> tuple[Measure, ...]:
    out = []
    for p in (1, 2):
        out.append(Measure(f"transcripts_pass_{p}", f.transcripts_by_pass.get(p, 0), f.transcripts))
        out.append(Measure(f"lines_pass_{p}", f.lines_by_pass.get(p, 0), f.informant_lines, gauge=False))
    for p in sorted(f.lines_by_pass):
        if p > 2:
            out.append(Measure(f"lines_pass_{p}", f.lines_by_pass[p], f.informant_lines, gauge=False))
    return tuple(out)


def thematic_steps(f: Facts) -> list[StepProgress]:
    """The thesis's seven steps, plus the reflection notes kept throughout."""
    return [
        StepProgress("read", 1, "transcripts", (Measure("transcripts_read", f.read, f.transcripts),)),
        StepProgress("code", 2, "codes", _passes(f)),
        StepProgress("categorise", 3, "themes", (
            Measure("codes_placed", f.codes_placed, f.codes),
            Measure("areas", f.areas, f.areas, gauge=False))),
        StepProgress("summarise", 4, "condensation", (
            Measure("areas_with_summary", f.areas_with_summary, f.areas),)),
        StepProgress("question", 5, "matrix", (
            Measure("areas_with_question", f.areas_with_question, f.areas),
            Measure("areas_across_informants", f.areas_across_informants, f.areas),
            Measure("informants_with_attributes", f.informants_with_attributes, f.informants))),
        StepProgress("reorganise", 6, "snapshots", (
            Measure("snapshots", f.snapshots, 2),
            Measure("changes_since_first_snapshot", f.changes_since_first_snapshot,
                    f.changes_since_first_snapshot, gauge=False),
            Measure("subgroups_complete", f.subgroups_complete, f.subgroups, gauge=False))),
        StepProgress("recontextualise", 7, "overlay", (
            Measure("transcripts_reread", f.reread, f.transcripts),)),
    ]


def stc_steps(f: Facts) -> list[StepProgress]:
    """Malterud's four steps of systematic text condensation, plus the reflection notes."""
    return [
        StepProgress("impression", 1, "transcripts", (
            Measure("transcripts_read", f.read, f.transcripts),
            Measure("first_note", min(f.journal, 1), 1))),
        StepProgress("meaning_units", 2, "codes", (
            Measure("transcripts_coded", f.transcripts_coded, f.transcripts),
            Measure("lines_coded", f.coded_lines, f.informant_lines, gauge=False),
            Measure("codes_in_groups", f.codes_placed, f.codes))),
        StepProgress("condense", 3, "condensation", (
            Measure("groups_with_subgroups", f.areas_with_subgroups, f.areas),
            Measure("subgroups_with_condensate", f.subgroups_with_condensate, f.subgroups),
            Measure("subgroups_with_golden", f.subgroups_with_golden, f.subgroups))),
        StepProgress("synthesise", 4, "overlay", (
            Measure("areas_with_summary", f.areas_with_summary, f.areas),
            Measure("areas_with_quote", f.areas_with_quote, f.areas),
            Measure("transcripts_reread", f.reread, f.transcripts))),
    ]


def notes_step(f: Facts, steps: list[StepProgress]) -> StepProgress:
    """Reflection notes are kept throughout: the goal is one for every step worked on so far."""
    started = max(1, sum(1 for st in steps if st.started))
    return StepProgress("notes", None, "journal", (
        Measure("reflection_notes", min(f.journal, started), started),
        Measure("journal_entries", f.journal, f.journal, gauge=False),
        Measure("memos", f.memos, f.memos, gauge=False)))


def method_steps(project: Project, method: str | None = None, coverage: Coverage | None = None,
                 changes: Changes | None = None) -> list[StepProgress]:
    """The steps of ``method`` (default: the project's chosen one) with their measures, then the
    reflection notes kept throughout (``coverage`` and ``changes``: see :func:`facts`)."""
    f = facts(project, coverage, changes)
    steps = stc_steps(f) if (method or current_method(project)) == "stc" else thematic_steps(f)
    return [*steps, notes_step(f, steps)]
