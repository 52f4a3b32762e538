"""Deleting one transcript for good: the text, what is anchored in it, its index entries and backups.

The same scrubbing as withdrawal (:mod:`coding.services.withdraw`), for one transcript instead of an
informant: one transaction removes the transcript, its turns and lines, segments, quotes, memos on
the transcript and on its segments, and the autosave drafts of those memos; then ``project.db`` is
rebuilt with ``secure_delete`` and the WAL truncated, and the transcript is scrubbed out of every
backup in ``backups/``. The search index follows through the commit hook (``Changes.touched`` names
the transcript). The informant stays: withdrawing a person is a separate, explicit action.

Undo: unlike withdrawal, deleting a transcript is a normal editing action (a wrong file, a
duplicate), so the returned ``Changes`` keeps its undo SQL — in memory only (the trigger log is a
TEMP table in memory and the UI's undo stack dies with the project window), exactly as redaction
does. Undo puts the rows back into ``project.db``; the scrubbed backups stay scrubbed. Once the
project is closed (and always from the CLI) the deletion is final.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_
from coding.services.scrub import scrub_backups_of_transcript, scrub_database
from coding.services.transcripts import TranscriptError, delete_transcript_in
from coding.store import Project
from coding.store.models import Draft, Informant, Line, Memo, Quote, Segment, Transcript
from coding.store.project import secure_delete


@dataclass(frozen=True)
class TranscriptDeletePlan:
    """What deleting a transcript removes, for the confirmation dialog and the ``--yes``-less CLI."""

    transcript_id: int
    title: str
    informant: str | None
    lines: int
    segments: int
    quotes: int
    memos: int

    def describe(self) -> str:
        who = f" (informant {self.informant})" if self.informant else ""
        return (f"transcript {self.transcript_id} {self.title!r}{who}: {self.lines} line(s), "
                f"{self.segments} coded segment(s), {self.quotes} quote(s), {self.memos} memo(s)")


@dataclass(frozen=True)
class TranscriptDeleteResult:
    plan: TranscriptDeletePlan
    backups: tuple[str, ...]


def _memo_ids(s: Session, transcript_id: int) -> list[int]:
    seg_ids = select(Segment.id).where(Segment.transcript_id == transcript_id)
    q = select(Memo.id).where(((Memo.target_type == "transcript") & (Memo.target_id == transcript_id))
                              | ((Memo.target_type == "segment") & Memo.target_id.in_(seg_ids)))
    return list(s.scalars(q))


def plan_transcript_delete(project: Project, transcript_id: int) -> TranscriptDeletePlan:
    with project.read() as s:
        t = s.get(Transcript, transcript_id)
        if t is None:
            raise TranscriptError(N_("transcript {transcript_id} not found"), transcript_id=transcript_id)
        label = s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) if t.informant_id else None
        seg_ids = select(Segment.id).where(Segment.transcript_id == transcript_id)
        n_lines = s.scalar(select(func.count()).select_from(Line).where(Line.transcript_id == transcript_id))
        n_segs = s.scalar(select(func.count()).select_from(Segment).where(Segment.transcript_id == transcript_id))
        n_quotes = s.scalar(select(func.count()).select_from(Quote).where(Quote.segment_id.in_(seg_ids)))
        return TranscriptDeletePlan(transcript_id, t.title, label, int(n_lines or 0), int(n_segs or 0),
                                    int(n_quotes or 0), len(_memo_ids(s, transcript_id)))


def delete_transcript_scrubbed(project: Project, transcript_id: int) -> Changes:
    """Delete ``transcript_id`` with everything anchored in it, then scrub the files (see module doc).

    ``changes.value`` is a :class:`TranscriptDeleteResult`.
    """
    plan = plan_transcript_delete(project, transcript_id)
    with project.transaction(f"Delete transcript {plan.title}") as tx:
        s = tx.session
        secure_delete(s)
        guid = s.scalar(select(Transcript.guid).where(Transcript.id == transcript_id))
        if guid is None:
            raise TranscriptError(N_("transcript {transcript_id} not found"), transcript_id=transcript_id)
        keys = [f"memo:{i}" for i in _memo_ids(s, transcript_id)] + [f"transcript:{transcript_id}"]
        s.execute(delete(Draft).where(Draft.key.in_(keys)))
        delete_transcript_in(s, transcript_id)
    scrub_database(project)
    report = tuple(scrub_backups_of_transcript(project.path, guid))
    return tx.changes.with_value(TranscriptDeleteResult(plan, report))
