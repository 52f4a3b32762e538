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
    that is not known (then everything is read again). A change of segments only touches the lines
    those segments cover (or covered): every informant line keeps how many segments cover it, in all
    and per pass, so a coding costs the lines it covers, not a recount of its transcript. One of
    transcripts, lines or turns reads everything. Used on one thread at a time (the project's executor).
    """

    def __init__(self) -> None:
        self.lines: dict[int, list[tuple[int, int]]] | None = None  # transcript → informant lines (sorted)
        self.segs: dict[int, dict[int, tuple[int, int, int, int]]] = {}  # transcript → segment → (pass, a, b, code)
        self.where: dict[int, int] = {}  # segment id → transcript
        self.counts: dict[int, tuple[int, dict[int, int]]] = {}  # transcript → (coded lines, per pass)
        self.codes: dict[int, set[int]] = {}  # transcript → the codes of its segments
        self.last: Facts | None = None  # the facts of the last full count (kept for plain coding)
        self.maps: tuple[dict[int, int], dict[int, int], dict[int, int], frozenset[int]] = ({}, {}, {}, frozenset())
        self._starts: dict[int, list[int]] = {}  # transcript → its informant lines' starts, ends
        self._ends: dict[int, list[int]] = {}
        self._hits: dict[int, dict[int, list[int]]] = {}  # transcript → pass (0: any) → segments per line
        self._coded: dict[int, dict[int, int]] = {}  # transcript → pass (0: any) → lines with a hit
        self._per_code: dict[int, dict[int, int]] = {}  # transcript → code → its segments there
        # Which informants' accounts each area touches, kept for the maps they were counted with.
        self._pairs_for: tuple[dict[int, int], dict[int, int], dict[int, int]] | None = None
        self._pairs: dict[tuple[int, int], int] = {}  # (informant, area) → (transcript, code) pairs
        self._spread: dict[int, int] = {}  # area → informants
        self._moved: list[tuple[int, int, int]] = []  # (transcript, code, +1/-1) since the pairs' count

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
        dirty = set()
        for i in ids:
            tid = self.where.pop(i, None)
            if tid is not None:
                old = self.segs.get(tid, {}).pop(i, None)
                if old is not None:
                    self._hit(tid, old, -1)
                    dirty.add(tid)
        for sid, tid, a, b, p, c in rows:
            seg = (int(p), int(a), int(b), int(c))
            self.segs.setdefault(int(tid), {})[int(sid)] = seg
            self.where[int(sid)] = int(tid)
            self._hit(int(tid), seg, 1)
            dirty.add(int(tid))
        for tid in dirty:
            self._settle(tid)

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
        self._starts = {tid: [a for a, _b in ls] for tid, ls in self.lines.items()}
        self._ends = {tid: [b for _a, b in ls] for tid, ls in self.lines.items()}
        self._hits, self._coded, self._per_code = {}, {}, {}
        self.counts, self.codes = {}, {}
        self._pairs_for, self._moved = None, []
        for tid, by in self.segs.items():
            for seg in by.values():
                self._hit(tid, seg, 1)
            self._settle(tid)
        self._moved = []  # the pairs are counted afresh from ``codes``

    def _hit(self, tid: int, seg: tuple[int, int, int, int], k: int) -> None:
        """Count segment ``seg`` (k=1) or take it back (k=-1) on the informant lines it overlaps."""
        p, a, b, c = seg
        per = self._per_code.setdefault(tid, {})
        n = per.get(c, 0) + k
        if n > 0:
            per[c] = n
        else:
            per.pop(c, None)
        if (n > 0) != (n - k > 0):
            self._moved.append((tid, c, 1 if n > 0 else -1))
        starts = self._starts.get(tid)
        if not starts:
            return
        first = bisect.bisect_right(self._ends[tid], a)  # the first line ending after a
        last = bisect.bisect_left(starts, b)  # lines from here on start at or after b
        if first >= last:
            return
        hits = self._hits.setdefault(tid, {})
        coded = self._coded.setdefault(tid, {})
        for q in (0, p):
            row = hits.get(q)
            if row is None:
                row = hits[q] = [0] * len(starts)
            got = 0
            for i in range(first, last):
                was = row[i]
                row[i] = was + k
                if was == 0 or was + k == 0:
                    got += k
            if got:
                coded[q] = coded.get(q, 0) + got

    def _settle(self, tid: int) -> None:
        """``counts`` and ``codes`` of ``tid`` from its kept line hits."""
        if not self.segs.get(tid):
            self.segs.pop(tid, None)
            self.counts.pop(tid, None)
            self.codes.pop(tid, None)
            return
        coded = self._coded.get(tid, {})
        passes = {p for p, _a, _b, _c in self.segs[tid].values()}
        self.counts[tid] = (coded.get(0, 0), {p: coded.get(p, 0) for p in passes})
        self.codes[tid] = set(self._per_code.get(tid, {}))

    def spread(self, informant_of: dict[int, int], theme_of: dict[int, int], area_of: dict[int, int]
               ) -> dict[int, int]:
        """Area → how many informants' accounts it touches (a segment of one of its codes), counted
        afresh when the maps are not those of the last call, else moved on by the codings since."""
        maps = (informant_of, theme_of, area_of)

        def key(tid: int, c: int) -> tuple[int, int] | None:
            if tid in informant_of and c in theme_of and theme_of[c] in area_of:
                return (informant_of[tid], area_of[theme_of[c]])
            return None

        def move(pair: tuple[int, int], k: int) -> None:
            n = self._pairs.get(pair, 0) + k
            if n > 0:
                self._pairs[pair] = n
            else:
                self._pairs.pop(pair, None)
            if (n > 0) != (n - k > 0):
                self._spread[pair[1]] = self._spread.get(pair[1], 0) + (1 if n > 0 else -1)

        kept = self._pairs_for
        if kept is None or any(old is not new for old, new in zip(kept, maps, strict=True)):
            self._pairs, self._spread = {}, {}
            for tid, cs in self.codes.items():
                for c in cs:
                    pair = key(tid, c)
                    if pair is not None:
                        move(pair, 1)
            self._pairs_for = maps
        else:
            for tid, c, k in self._moved:
                pair = key(tid, c)
                if pair is not None:
                    move(pair, k)
        self._moved = []
        return self._spread

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
    spread = cov.spread(informant_of, theme_of, area_of)  # area → informants whose accounts it touches
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
