"""Autosave of text being written (memo, condensate, reflection note), so it survives a crash.

Drafts are not part of the undo history (the ``drafts`` table has no undo triggers). A draft is
discarded when its text is saved for real; a draft left over at the next start is offered back.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from coding.store import Project
from coding.store.models import Draft, now_iso


def save_draft(project: Project, key: str, text: str) -> None:
    with project.transaction("Autosave") as tx:
        row = tx.session.scalar(select(Draft).where(Draft.key == key))
        if row is None:
            tx.session.add(Draft(key=key, text=text))
        else:
            row.text, row.updated = text, now_iso()


def get_draft(project: Project, key: str) -> str | None:
    with project.read() as s:
        return s.scalar(select(Draft.text).where(Draft.key == key))


def discard_draft(project: Project, key: str) -> None:
    with project.transaction("Discard draft") as tx:
        tx.session.execute(delete(Draft).where(Draft.key == key))


def pending_drafts(project: Project) -> dict[str, str]:
    with project.read() as s:
        return {k: v for k, v in s.execute(select(Draft.key, Draft.text)).all()}
