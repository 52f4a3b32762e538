"""Withdrawal of consent (PRIVACY.md rule 6): an informant and everything about them goes, for good.

One transaction removes their transcripts (turns, lines, segments, quotes, memos anchored in their
text), memos on the informant, autosave drafts of those memos, and the informant row. Then the
database is scrubbed (VACUUM with secure_delete, WAL truncated) and every backup in ``backups/``
that holds the informant is scrubbed in place or, failing that, deleted (:mod:`coding.services.scrub`).
The search index follows through the project's commit hook: ``Changes.touched`` names the deleted
transcript ids.

Withdrawal is NOT undoable: the returned ``Changes`` carries no undo SQL (which would hold the removed
text), and the UI clears its undo stack afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.scrub import (
    drop_invivo_codes,
    finish_pending,
    invivo_codes,
    record_pending,
    scrub_backups_of_informant,
    scrub_database,
)
from coding.services.transcripts import delete_transcript_in
from coding.store import Project
from coding.store.models import Draft, Informant, Memo, Quote, Segment, Transcript
from coding.store.project import secure_delete


class WithdrawError(KondensError):
    pass


@dataclass(frozen=True)
class WithdrawalPlan:
    """What withdrawing ``label`` removes, for the confirmation dialog and ``--yes``-less CLI."""

    label: str
    transcripts: tuple[str, ...]  # titles
    segments: int
    quotes: int
    memos: int


@dataclass(frozen=True)
class WithdrawalResult:
    label: str
    transcripts: int
    backups: tuple[str, ...]


def _memo_ids(s: Session, informant_id: int, tids: list[int]) -> list[int]:
    seg_ids = select(Segment.id).where(Segment.transcript_id.in_(tids))
    q = select(Memo.id).where(
        ((Memo.target_type == "informant") & (Memo.target_id == informant_id))
        | ((Memo.target_type == "transcript") & Memo.target_id.in_(tids))
        | ((Memo.target_type == "segment") & Memo.target_id.in_(seg_ids)))
    return list(s.scalars(q))


def plan_withdrawal(project: Project, label: str) -> WithdrawalPlan:
    with project.read() as s:
        inf = s.scalar(select(Informant).where(Informant.label == label))
        if inf is None:
            raise WithdrawError(N_("{path}: no informant {label!r}"), path=project.path, label=label)
        rows = s.execute(select(Transcript.id, Transcript.title).where(Transcript.informant_id == inf.id)
                         .order_by(Transcript.position)).all()
        tids = [r[0] for r in rows]
        seg_ids = list(s.scalars(select(Segment.id).where(Segment.transcript_id.in_(tids))))
        quotes = len(list(s.scalars(select(Quote.id).where(Quote.segment_id.in_(seg_ids)))))
        memos = len(_memo_ids(s, inf.id, tids))
        return WithdrawalPlan(label, tuple(r[1] for r in rows), len(seg_ids), quotes, memos)


def _remove_in(s: Session, inf_id: int) -> int:
    """Delete informant ``inf_id`` and everything about them inside the caller's transaction.

    In-vivo codes made from their words go too (renamed if other interviews still use them).
    """

    def run(sql: str, params: dict[str, Any]) -> list[Any]:
        res = s.connection().execute(text(sql), params)
        return list(res.all()) if res.returns_rows else []

    invivo = invivo_codes(run, inf_id)
    tids = list(s.scalars(select(Transcript.id).where(Transcript.informant_id == inf_id)))
    memo_ids = _memo_ids(s, inf_id, tids)
    if memo_ids:
        s.execute(delete(Draft).where(Draft.key.in_([f"memo:{i}" for i in memo_ids])))
    s.execute(delete(Draft).where(Draft.key.in_([f"transcript:{t}" for t in tids] + [f"informant:{inf_id}"])))
    for tid in tids:
        delete_transcript_in(s, tid)
    s.execute(delete(Memo).where(Memo.target_type == "informant", Memo.target_id == inf_id))
    s.execute(delete(Informant).where(Informant.id == inf_id))
    drop_invivo_codes(run, inf_id, invivo)
    return len(tids)


def withdraw_informant(project: Project, label: str) -> Changes:
    """Remove informant ``label`` and everything about them, then scrub the files. Not undoable.

    The scrubbing is recorded as pending in the same transaction, so a crash after the commit is
    finished on the next open (:mod:`coding.services.resume`).
    """
    with project.transaction(f"Withdraw informant {label}") as tx:
        s = tx.session
        secure_delete(s)
        inf = s.scalar(select(Informant).where(Informant.label == label))
        if inf is None:
            raise WithdrawError(N_("{path}: no informant {label!r}"), path=project.path, label=label)
        guid = inf.guid
        tx.value = _remove_in(s, inf.id)
        task = record_pending(s, "withdraw", guid=guid)
    # The undo SQL would re-insert the removed text: drop it before anything can keep it.
    changes = Changes(tx.changes.label, tx.changes.touched, (), None)
    report = tuple(finish_withdrawal(project, guid, task))
    return changes.with_value(WithdrawalResult(label, int(tx.value), report))


def finish_withdrawal(project: Project, guid: str, task_id: str) -> list[str]:
    """The files' part of a withdrawal (also run again after a crash): live db, backups, then done."""
    with project.read() as s:
        again = s.scalar(select(Informant.id).where(Informant.guid == guid))
    if again is not None:  # a backup from before the withdrawal was restored meanwhile
        with project.transaction("Withdraw informant (resumed)") as tx:
            secure_delete(tx.session)
            _remove_in(tx.session, again)
    scrub_database(project)
    report = scrub_backups_of_informant(project.path, guid)
    finish_pending(project, task_id)
    return report
