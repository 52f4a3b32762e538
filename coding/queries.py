"""Reads that return plain DTOs. Each opens one short session."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coding.dto import (
    CodeDTO,
    InformantDTO,
    LineDTO,
    MemoDTO,
    SegmentDTO,
    ThemeNodeDTO,
    TranscriptDTO,
    TranscriptSummary,
    TurnDTO,
)
from coding.store import Project
from coding.store.models import Code, Informant, Line, Memo, Segment, ThemeNode, Transcript, Turn


@dataclass(frozen=True)
class ProjectInfo:
    transcripts: int
    informants: int
    turns: int
    lines: int
    words: int
    codes: int
    themes: int
    segments: int
    memos: int
    schema: str | None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def project_info(project: Project) -> ProjectInfo:
    with project.read() as s:
        def count(model: type) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        return ProjectInfo(
            transcripts=count(Transcript),
            informants=count(Informant),
            turns=count(Turn),
            lines=count(Line),
            words=int(s.scalar(select(func.coalesce(func.sum(Transcript.word_count), 0))) or 0),
            codes=count(Code),
            themes=count(ThemeNode),
            segments=count(Segment),
            memos=count(Memo),
            schema=project.schema_revision(),
        )


def informants(project: Project) -> list[InformantDTO]:
    with project.read() as s:
        return [InformantDTO(i.id, i.label, json.loads(i.attributes or "{}"))
                for i in s.scalars(select(Informant).order_by(Informant.label))]


def transcript_summaries(project: Project) -> list[TranscriptSummary]:
    with project.read() as s:
        line_counts = dict(s.execute(select(Line.transcript_id, func.count()).group_by(Line.transcript_id)).all())
        rows = s.execute(
            select(Transcript.id, Transcript.title, Transcript.informant_id, Informant.label, Transcript.source_format,
                   Transcript.word_count, Transcript.imported_at)
            .outerjoin(Informant, Informant.id == Transcript.informant_id)
            .order_by(Transcript.position, Transcript.id)
        ).all()
        return [TranscriptSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(line_counts.get(r[0], 0)))
                for r in rows]


def _transcript(s: Session, transcript_id: int) -> TranscriptDTO:
    row = s.execute(select(Transcript.title, Informant.label, Transcript.text)
                    .outerjoin(Informant, Informant.id == Transcript.informant_id)
                    .where(Transcript.id == transcript_id)).first()
    if row is None:
        raise KeyError(f"transcript {transcript_id} does not exist")
    title, label, body = row
    turns = tuple(TurnDTO(*r) for r in s.execute(
        select(Turn.id, Turn.index, Turn.speaker, Turn.role, Turn.start, Turn.end, Turn.timestamp)
        .where(Turn.transcript_id == transcript_id).order_by(Turn.index)).all())
    lines = tuple(LineDTO(*r) for r in s.execute(
        select(Line.id, Line.number, Line.turn_id, Line.start, Line.end)
        .where(Line.transcript_id == transcript_id).order_by(Line.number)).all())
    return TranscriptDTO(transcript_id, title, label, body, turns, lines)


def transcript(project: Project, transcript_id: int) -> TranscriptDTO:
    with project.read() as s:
        return _transcript(s, transcript_id)


def _codes(s: Session) -> list[CodeDTO]:
    return [CodeDTO(*r) for r in s.execute(
        select(Code.id, Code.name, Code.color, Code.description, Code.parent_id, Code.theme_id, Code.position)
        .order_by(Code.position, Code.id)).all()]


def codes(project: Project) -> list[CodeDTO]:
    with project.read() as s:
        return _codes(s)


_SEGMENT_COLUMNS = (Segment.id, Segment.transcript_id, Segment.code_id, Segment.start, Segment.end, Segment.coder,
                    Segment.coding_pass, Segment.created)


def segments(project: Project, transcript_id: int | None = None, code_ids: list[int] | None = None
             ) -> list[SegmentDTO]:
    q = select(*_SEGMENT_COLUMNS)
    if transcript_id is not None:
        q = q.where(Segment.transcript_id == transcript_id)
    if code_ids is not None:
        q = q.where(Segment.code_id.in_(code_ids))
    with project.read() as s:
        return [SegmentDTO(*r) for r in s.execute(q.order_by(Segment.transcript_id, Segment.start, Segment.id)).all()]


@dataclass(frozen=True)
class ReadingRead:
    """What the coding view shows of one transcript (see :func:`transcript_for_reading`)."""

    transcript: TranscriptDTO
    segments: list[SegmentDTO]  # ordered by start, then id
    codes: list[CodeDTO]
    coding_pass: int


def transcript_for_reading(project: Project, transcript_id: int) -> ReadingRead:
    """The transcript with its turns and lines, its segments, every code and the current coding pass, in
    one read transaction: one consistent snapshot (on a team server, also what another coder committed
    in between cannot split it) and one session instead of four. Raises KeyError if the transcript is gone."""
    from coding.services.coding_ops import PASS_KEY, coding_pass_of
    from coding.store.models import Setting

    with project.read() as s:
        t = _transcript(s, transcript_id)
        segs = [SegmentDTO(*r) for r in s.execute(
            select(*_SEGMENT_COLUMNS).where(Segment.transcript_id == transcript_id)
            .order_by(Segment.start, Segment.id)).all()]
        codes_ = _codes(s)
        coding_pass = coding_pass_of(s.scalar(select(Setting.value).where(Setting.key == PASS_KEY)))
    return ReadingRead(t, segs, codes_, coding_pass)


def memos(project: Project, target_type: str | None = None, target_id: int | None = None) -> list[MemoDTO]:
    q = select(Memo)
    if target_type is not None:
        q = q.where(Memo.target_type == target_type)
    if target_id is not None:
        q = q.where(Memo.target_id == target_id)
    with project.read() as s:
        return [MemoDTO(m.id, m.target_type, m.target_id, m.title, m.text, m.created, m.updated)
                for m in s.scalars(q.order_by(Memo.created, Memo.id))]


def theme_nodes(project: Project) -> list[ThemeNodeDTO]:
    with project.read() as s:
        return [ThemeNodeDTO(n.id, n.kind, n.name, n.description, n.summary, n.color, n.parent_id, n.position)
                for n in s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id))]


def coders(project: Project) -> list[str]:
    """The coder names that segments carry (team projects: every coder's), sorted; "" left out."""
    with project.read() as s:
        return sorted(str(c) for c in s.scalars(select(Segment.coder).distinct()) if c)


def integrity_ok(project: Project) -> bool:
    if project.is_server:  # the server checks its own pages; a query that runs is all a client can see
        with project.read() as s:
            return s.execute(text("SELECT count(*) FROM transcripts")).scalar() is not None
    with project.read() as s:
        return s.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def coded_line_counts(project: Project, transcript_id: int | None = None) -> dict[int, int]:
    """Per transcript, how many lines at least one segment touches (for "coded %" in lists)."""
    lq = select(Line.transcript_id, Line.start, Line.end)
    sq = select(Segment.transcript_id, Segment.start, Segment.end)
    if transcript_id is not None:
        lq, sq = lq.where(Line.transcript_id == transcript_id), sq.where(Segment.transcript_id == transcript_id)
    with project.read() as s:
        lines = s.execute(lq.order_by(Line.transcript_id, Line.start)).all()
        segs = s.execute(sq.order_by(Segment.transcript_id, Segment.start)).all()
    # Merge segment ranges into a sorted union per transcript, then sweep the sorted lines once.
    union: dict[int, list[list[int]]] = {}
    for tid, a, b in segs:
        u = union.setdefault(tid, [])
        if u and a <= u[-1][1]:
            u[-1][1] = max(u[-1][1], b)
        else:
            u.append([a, b])
    out: dict[int, int] = {}
    pos: dict[int, int] = {}
    for tid, a, b in lines:
        spans = union.get(tid)
        if not spans:
            continue
        i = pos.get(tid, 0)
        while i < len(spans) and spans[i][1] <= a:
            i += 1
        pos[tid] = i
        if i < len(spans) and spans[i][0] < b:
            out[tid] = out.get(tid, 0) + 1
    return out


def recent_code_ids(project: Project, limit: int) -> list[int]:
    """The codes of the newest segments, newest first, each once (at most ``limit``): one grouped query
    instead of reading and sorting every segment."""
    with project.read() as s:
        newest = func.max(Segment.id)
        q = select(Segment.code_id).group_by(Segment.code_id).order_by(newest.desc()).limit(limit)
        return [int(c) for c in s.scalars(q)]


def segments_by_id(project: Project, segment_ids: Iterable[int]) -> list[SegmentDTO]:
    """The segments among ``segment_ids`` that still exist (UI refresh after a change)."""
    ids = list(segment_ids)
    if not ids:
        return []
    q = select(Segment.id, Segment.transcript_id, Segment.code_id, Segment.start, Segment.end, Segment.coder,
               Segment.coding_pass, Segment.created).where(Segment.id.in_(ids))
    with project.read() as s:
        return [SegmentDTO(*r) for r in s.execute(q).all()]
