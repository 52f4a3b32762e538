"""Replacing a transcript's text by a re-read, re-reviewed file while keeping the coding on it.

Only de-identified text is stored, so a bad review (a missed name, a destroyed word) is repaired by
importing the source file again through the full review. :func:`commit_reimport` stores the new
de-identified text for the SAME transcript (id, title, informant and its attributes stay) and
re-anchors everything that points into the text by offsets: segments (and through their ids the
memos on them) and quote trims and cuts. Old and new versions are aligned line by line and then
character by character (:mod:`transcripts.importing.align`, rapidfuzz).

Nothing is silently dropped: every segment is kept. A segment whose text is the same afterwards is
"kept" (same lines) or "moved" (other line numbers); one whose text differs is "changed"; one whose
whole text is gone is "unaligned", kept on the line where its text used to be. The report lists the
changed and unaligned ones by line reference ("B, l. 212") for checking, never by their text.

One transaction, so one undo step; the undo data lives in memory only. Afterwards ``project.db`` is
rebuilt with ``secure_delete`` and the old version is scrubbed out of the backups (the usual reason
to re-import is an identifier the first review missed; it must not survive in a free page or a backup).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.scrub import scrub_backups_of_transcript, scrub_database
from coding.services.transcripts import insert_turns_and_lines
from coding.store import Project
from coding.store.models import Code, Informant, Line, Quote, Segment, Transcript, Turn, now_iso
from coding.store.project import secure_delete
from transcripts.deid.types import Span, Tagger
from transcripts.importing.align import OffsetMap
from transcripts.importing.commit import build_transcript, resolve_pseudonyms
from transcripts.importing.plan import ImportPlan, SpeakerChoice

STATUSES = ("kept", "moved", "changed", "unaligned")


class ReimportError(KondensError):
    pass


@dataclass(frozen=True)
class SegmentMove:
    """Where one segment went. ``before``/``after`` are thesis-style refs ("B, l. 212–214")."""

    segment_id: int
    code: str
    status: str  # one of STATUSES
    before: str
    after: str
    similarity: int  # 0–100, rapidfuzz ratio of old and new segment text


@dataclass(frozen=True)
class ReimportReport:
    transcript_id: int
    title: str
    informant: str | None
    lines_before: int
    lines_after: int
    segments: tuple[SegmentMove, ...]
    quotes_moved: int
    backups: tuple[str, ...] = ()

    def count(self, status: str) -> int:
        return sum(1 for m in self.segments if m.status == status)

    @property
    def same_text_percent(self) -> float:
        """Share of segments whose text is unchanged (kept or moved); 100 when there are none."""
        if not self.segments:
            return 100.0
        return 100.0 * (self.count("kept") + self.count("moved")) / len(self.segments)

    def to_check(self) -> list[SegmentMove]:
        return [m for m in self.segments if m.status in ("changed", "unaligned")]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; holds line references, code names and counts, never transcript text."""
        return {
            "transcript": self.transcript_id, "title": self.title, "informant": self.informant,
            "lines_before": self.lines_before, "lines_after": self.lines_after,
            "segments": len(self.segments), **{s: self.count(s) for s in STATUSES},
            "same_text_percent": round(self.same_text_percent, 2), "quotes_moved": self.quotes_moved,
            "to_check": [asdict(m) for m in self.to_check()],
            "moved_segments": [asdict(m) for m in self.segments if m.status == "moved"],
            "backups": list(self.backups),
        }


@dataclass
class _Lines:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, max(end, start + 1)) - 1
        return (first + 1, last + 1) if first <= last else (0, -1)

    def ref(self, who: str | None, start: int, end: int) -> str:
        a, b = self.span(start, end)
        prefix = f"{who}, " if who else ""
        if a == 0:
            return f"{prefix}l. –"
        return f"{prefix}l. {a}" if a == b else f"{prefix}l. {a}–{b}"

    def nearest(self, p: int) -> tuple[int, int] | None:
        """The line holding ``p``, else the next one, else the last one."""
        if not self.starts:
            return None
        i = min(bisect_right(self.ends, p), len(self.starts) - 1)
        return self.starts[i], self.ends[i]


def _stored_speakers(s: Session, transcript_id: int) -> list[tuple[str, str]]:
    """(pseudonym, role) of the transcript's speakers in first-seen order."""
    seen: dict[str, str] = {}
    for sp, role in s.execute(select(Turn.speaker, Turn.role).where(Turn.transcript_id == transcript_id)
                              .order_by(Turn.index)).all():
        seen.setdefault(sp, role)
    return list(seen.items())


def prepare_reimport(project: Project, transcript_id: int, plan: ImportPlan) -> None:
    """Fit a fresh plan to the transcript it replaces, in place, before the review.

    Speakers get the pseudonyms the transcript already uses, role by role in order of appearance
    (the first informant is always the transcript's informant); extra speakers keep the proposal.
    A duplicate of this very transcript is no duplicate here (re-reading the same file to fix its
    review is the point).
    """
    with project.read() as s:
        t = s.get(Transcript, transcript_id)
        if t is None:
            raise ReimportError(N_("transcript {transcript_id} not found"), transcript_id=transcript_id)
        main = s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) if t.informant_id else None
        stored = _stored_speakers(s, transcript_id)
    free: dict[str, list[str]] = {}
    for label, role in stored:
        if role == "informant" and label == main:
            continue
        free.setdefault(role, []).append(label)
    if main:
        free.setdefault("informant", []).insert(0, main)
    for sp in plan.speakers:
        pool = free.get(sp.role)
        if pool:
            sp.pseudonym = pool.pop(0)
            sp.existing = sp.role == "informant"
    if plan.duplicate_of == transcript_id:
        plan.duplicate_of = None


def _fit_speakers(s: Session, speakers: list[SpeakerChoice], main: str | None) -> list[SpeakerChoice]:
    """The transcript keeps its informant: the first informant speaker carries its label."""
    out = list(speakers)
    if main:
        for i, ch in enumerate(out):
            if ch.role == "informant":
                out[i] = SpeakerChoice(main, "informant", True)
                break
    return resolve_pseudonyms(s, out)


def _quote_updates(s: Session, seg_new: dict[int, tuple[int, int]], om: OffsetMap) -> int:
    moved = 0
    for q in s.scalars(select(Quote).where(Quote.segment_id.in_(list(seg_new)))).all():
        lo, hi = seg_new[q.segment_id]

        def clamp(p: int, lo: int = lo, hi: int = hi) -> int:
            return max(lo, min(p, hi))

        vals: dict[str, Any] = {}
        if q.trim_start is not None:
            vals["trim_start"] = clamp(om.map(q.trim_start, "start"))
        if q.trim_end is not None:
            vals["trim_end"] = clamp(om.map(q.trim_end, "end"))
        try:
            cuts = [(int(a), int(b)) for a, b in json.loads(q.cuts or "[]")]
        except (ValueError, TypeError):
            cuts = []
        # A cut whose text is gone entirely has nothing left to cut; the quote itself stays.
        new_cuts = [[clamp(om.map(a, "start")), clamp(om.map(b, "end"))] for a, b in cuts]
        vals["cuts"] = json.dumps([c for c in new_cuts if c[1] > c[0]])
        vals = {k: v for k, v in vals.items() if v != getattr(q, k)}
        if vals:
            moved += 1
            s.execute(update(Quote).where(Quote.id == q.id).values(**vals))
    return moved


def commit_reimport(project: Project, transcript_id: int, plan: ImportPlan,
                    speakers: list[SpeakerChoice] | None = None, accepted_spans: Iterable[Span] | None = None,
                    tagger: Tagger | None = None, *, scrub: bool = True) -> Changes:
    """Replace transcript ``transcript_id``'s text by ``plan`` de-identified; re-anchor its coding.

    ``speakers``/``accepted_spans``/``tagger`` as for :func:`commit_import` (defaults: the plan's
    proposals, every proposed span, a fresh tagger). ``changes.value`` is a :class:`ReimportReport`.
    ``scrub`` False skips the database rebuild and backup scrubbing (tests of the alignment only).
    """
    tagger = tagger if tagger is not None else Tagger(plan.lang)
    spans = list(plan.spans if accepted_spans is None else accepted_spans)
    with project.transaction(f"Replace transcript {transcript_id}") as tx:
        s = tx.session
        secure_delete(s)
        t = s.get(Transcript, transcript_id)
        if t is None:
            raise ReimportError(N_("transcript {transcript_id} not found"), transcript_id=transcript_id)
        other = s.scalar(select(Transcript.id).where(Transcript.content_hash == plan.content_hash,
                                                     Transcript.id != transcript_id).limit(1))
        if other is not None:
            raise ReimportError(N_("{name}: this file is already in the project as transcript {other}, not the one "
                                   "being replaced"),
                                name=plan.name, other=other)
        main = s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) if t.informant_id else None
        chosen = _fit_speakers(s, list(speakers) if speakers is not None else plan.choices(), main)
        nt = build_transcript(plan, chosen, spans, tagger)
        for ch in chosen:
            if ch.role == "informant" and ch.pseudonym != main and s.scalar(
                    select(Informant.id).where(Informant.label == ch.pseudonym)) is None:
                s.add(Informant(label=ch.pseudonym, attributes=json.dumps({})))
                s.flush()
        informant_id = t.informant_id
        if informant_id is None and nt.informant_label:  # a transcript without one gets the file's informant
            informant_id = s.scalar(select(Informant.id).where(Informant.label == nt.informant_label))
            main = nt.informant_label
        old_text, guid, title = t.text, t.guid, t.title
        old_rows = s.execute(select(Line.start, Line.end).where(Line.transcript_id == transcript_id)
                             .order_by(Line.number)).all()
        old_lines = _Lines([r[0] for r in old_rows], [r[1] for r in old_rows])
        new_ranges = [(ln.start, ln.end) for ln in nt.lines]
        new_lines = _Lines([a for a, _ in new_ranges], [b for _, b in new_ranges])
        om = OffsetMap.between(old_text, list(zip(old_lines.starts, old_lines.ends, strict=True)), nt.text,
                               new_ranges)
        code_names = dict(s.execute(select(Code.id, Code.name)).all())
        moves: list[SegmentMove] = []
        seg_new: dict[int, tuple[int, int]] = {}
        for sid, cid, a, b in s.execute(select(Segment.id, Segment.code_id, Segment.start, Segment.end)
                                        .where(Segment.transcript_id == transcript_id)
                                        .order_by(Segment.start, Segment.id)).all():
            na, nb, status = _place(old_text, nt.text, a, b, om, new_lines)
            if status != "unaligned":
                same = old_text[a:b] == nt.text[na:nb]
                status = ("kept" if old_lines.span(a, b) == new_lines.span(na, nb) else "moved") if same \
                    else "changed"
            sim = round(fuzz.ratio(old_text[a:b], nt.text[na:nb])) if status in ("changed", "unaligned") else 100
            moves.append(SegmentMove(sid, code_names.get(cid, ""), status, old_lines.ref(main, a, b),
                                     new_lines.ref(main, na, nb), sim))
            seg_new[sid] = (na, nb)
            if (na, nb) != (a, b):
                s.execute(update(Segment).where(Segment.id == sid).values(start=na, end=nb))
        quotes_moved = _quote_updates(s, seg_new, om)
        s.execute(delete(Line).where(Line.transcript_id == transcript_id))
        s.execute(delete(Turn).where(Turn.transcript_id == transcript_id))
        s.execute(update(Transcript).where(Transcript.id == transcript_id).values(
            text=nt.text, word_count=nt.word_count, content_hash=nt.content_hash, source_format=nt.source_format,
            imported_at=now_iso(), informant_id=informant_id))
        insert_turns_and_lines(s, transcript_id, nt)
        tx.value = ReimportReport(transcript_id, title, main, len(old_rows), len(nt.lines), tuple(moves),
                                  quotes_moved)
    report: ReimportReport = tx.changes.value
    if scrub:
        scrub_database(project)
        report = replace(report, backups=tuple(scrub_backups_of_transcript(project.path, guid)))
    return tx.changes.with_value(report)


def _place(old: str, new: str, a: int, b: int, om: OffsetMap, new_lines: _Lines) -> tuple[int, int, str]:
    """New range of old ``[a, b)``; status "unaligned" when none of its text survived."""
    na, nb = om.map(a, "start"), om.map(b, "end")
    while na < nb and new[na].isspace():
        na += 1
    while nb > na and new[nb - 1].isspace():
        nb -= 1
    if nb > na:
        return na, nb, ""
    best = new_lines.nearest(na)
    if best is None:  # the new text has no lines at all: keep the segment as an empty mark at the start
        return 0, 0, "unaligned"
    return best[0], best[1], "unaligned"


def summary_lines(report: ReimportReport) -> Sequence[str]:
    """Plain-text report for the CLI and the GUI: counts, then each segment to check by reference."""
    n = len(report.segments)
    out = [f"{report.title}: {report.lines_before} → {report.lines_after} lines; {n} segment(s): "
           f"{report.count('kept')} kept, {report.count('moved')} moved, {report.count('changed')} changed text, "
           f"{report.count('unaligned')} without their text ({report.same_text_percent:.1f} % on the same text)"]
    if report.quotes_moved:
        out.append(f"{report.quotes_moved} quote trim(s) moved with their segments")
    for m in report.to_check():
        what = "changed text" if m.status == "changed" else "text gone, kept at nearest line"
        out.append(f"  check {m.code or 'segment'} {m.segment_id}: {m.before} → {m.after} ({what}, {m.similarity} %)")
    return out
