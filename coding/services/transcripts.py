"""Adding and removing transcripts (import, demo, withdrawal build on these)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Informant, Line, Memo, Quote, Segment, Transcript, Turn


@dataclass(frozen=True)
class NewTurn:
    speaker: str  # pseudonym ("I", "A", …)
    role: str  # "interviewer" | "informant" | "other"
    start: int
    end: int
    timestamp: str | None = None


@dataclass(frozen=True)
class NewLine:
    turn_index: int
    start: int
    end: int


@dataclass(frozen=True)
class NewTranscript:
    """A fully de-identified transcript ready to store. Offsets index into ``text``."""

    title: str
    text: str
    turns: tuple[NewTurn, ...]
    lines: tuple[NewLine, ...]
    source_format: str = ""
    informant_label: str | None = None  # created if it does not exist
    word_count: int = 0
    content_hash: str = ""
    informant_attributes: dict[str, str] = field(default_factory=dict)


def next_free_label(project: Project, taken: set[str] | None = None) -> str:
    """The next informant letter not used in the project (A…Z, then AA, AB, …). ``I`` is reserved."""
    with project.read() as s:
        used = set(s.scalars(select(Informant.label)))
    used |= taken or set()
    n = 0
    while True:
        label = _label(n)
        if label not in used and label != "I":
            return label
        n += 1


def _label(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def add_transcript_in(s: Session, nt: NewTranscript) -> int:
    """Insert ``nt`` using an open session (for batch callers that manage the transaction)."""
    informant_id = None
    if nt.informant_label:
        inf = s.scalar(select(Informant).where(Informant.label == nt.informant_label))
        if inf is None:
            inf = Informant(label=nt.informant_label, attributes=json.dumps(nt.informant_attributes))
            s.add(inf)
            s.flush()
        informant_id = inf.id
    pos = (s.scalar(select(func.max(Transcript.position))) or 0) + 1
    t = Transcript(
        title=nt.title,
        informant_id=informant_id,
        source_format=nt.source_format,
        word_count=nt.word_count,
        text=nt.text,
        content_hash=nt.content_hash,
        position=pos,
    )
    s.add(t)
    s.flush()
    insert_turns_and_lines(s, t.id, nt)
    return t.id


def insert_turns_and_lines(s: Session, transcript_id: int, nt: NewTranscript) -> None:
    """Bulk-insert ``nt``'s turns and lines for ``transcript_id`` (which must have none yet)."""
    # Explicit ids let turns and lines go in as two bulk inserts (we hold the write lock: BEGIN IMMEDIATE).
    first_turn = (s.scalar(select(func.max(Turn.id))) or 0) + 1
    turn_ids = list(range(first_turn, first_turn + len(nt.turns)))
    # Core inserts (the tables, not the classes): one executemany each, without the ORM's per-row bookkeeping.
    if nt.turns:
        s.execute(
            insert(cast(Table, Turn.__table__)),
            [
                {"id": turn_ids[i], "transcript_id": transcript_id, "index": i, "speaker": tu.speaker,
                 "role": tu.role, "start": tu.start, "end": tu.end, "timestamp": tu.timestamp}
                for i, tu in enumerate(nt.turns)
            ],
        )
    if nt.lines:
        s.execute(
            insert(cast(Table, Line.__table__)),
            [
                {"transcript_id": transcript_id, "turn_id": turn_ids[ln.turn_index], "number": n,
                 "start": ln.start, "end": ln.end}
                for n, ln in enumerate(nt.lines, start=1)
            ],
        )


def add_transcript(project: Project, nt: NewTranscript) -> Changes:
    """Store one de-identified transcript with its turns and lines, all or nothing."""
    with project.transaction(f"Import {nt.title}") as tx:
        tx.value = add_transcript_in(tx.session, nt)
    return tx.changes


def delete_transcript(project: Project, transcript_id: int) -> Changes:
    """Remove a transcript with its turns, lines, segments, quotes and memos anchored in it."""
    with project.transaction("Delete transcript") as tx:
        delete_transcript_in(tx.session, transcript_id)
    return tx.changes


def delete_transcript_in(s: Session, transcript_id: int) -> None:
    seg_ids = select(Segment.id).where(Segment.transcript_id == transcript_id)
    s.execute(delete(Memo).where(Memo.target_type == "segment", Memo.target_id.in_(seg_ids)))
    s.execute(delete(Quote).where(Quote.segment_id.in_(seg_ids)))
    s.execute(delete(Segment).where(Segment.transcript_id == transcript_id))
    s.execute(delete(Memo).where(Memo.target_type == "transcript", Memo.target_id == transcript_id))
    s.execute(delete(Line).where(Line.transcript_id == transcript_id))
    s.execute(delete(Turn).where(Turn.transcript_id == transcript_id))
    s.execute(delete(Transcript).where(Transcript.id == transcript_id))


MAX_TITLE = 200


class TranscriptError(KondensError):
    pass


def rename_transcript(project: Project, transcript_id: int, title: str) -> Changes:
    """Give a transcript a new title (white space collapsed). Undoable like any other write."""
    clean = " ".join(title.split())
    if not clean:
        raise TranscriptError(N_("a transcript needs a title"))
    if len(clean) > MAX_TITLE:
        raise TranscriptError(N_("the title is too long ({n} characters, at most {limit})"),
                              n=len(clean), limit=MAX_TITLE)
    with project.transaction(f"Rename transcript to {clean}") as tx:
        if tx.session.get(Transcript, transcript_id) is None:
            raise TranscriptError(N_("transcript {transcript_id} not found"), transcript_id=transcript_id)
        tx.session.execute(update(Transcript).where(Transcript.id == transcript_id).values(title=clean))
        tx.value = clean
    return tx.changes


def resolve_transcript(project: Project, ref: str) -> int:
    """A transcript named on the command line: its id, its exact title, or its informant's letter.

    Raises :class:`TranscriptError` (one line, listing the candidates) when ``ref`` names none or several.
    """
    ref = " ".join(ref.split())
    with project.read() as s:
        rows = s.execute(select(Transcript.id, Transcript.title, Informant.label)
                         .outerjoin(Informant, Informant.id == Transcript.informant_id)
                         .order_by(Transcript.position, Transcript.id)).all()
    if ref.isdigit() and any(r[0] == int(ref) for r in rows):
        return int(ref)
    exact = [(r[0], r[1], r[1] == ref or r[2] == ref, r[1].casefold() == ref.casefold()
              or (r[2] or "").casefold() == ref.casefold()) for r in rows]
    for col in (2, 3):
        hits = [e for e in exact if e[col]]
        if len(hits) == 1:
            return int(hits[0][0])
        if len(hits) > 1:
            listed = ", ".join(f"{e[0]} ({e[1]})" for e in hits)
            raise TranscriptError(N_("{ref!r} names several transcripts: {listed}; give the id"),
                                  ref=ref, listed=listed)
    raise TranscriptError(N_("{path}: no transcript {ref!r} (give its id, title or informant letter)"),
                          path=project.path, ref=ref)
