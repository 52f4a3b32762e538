"""A project's linking key: where it is expected, and keeping it in step with the project.

Front ends (CLI, GUI) get the passphrase; this module does the rest:

* :func:`unlock_project_key` opens the key, fills in who used which entry for keys written before
  that was recorded (version 1), and applies withdrawals made while the key was locked.
* :func:`record_import` notes, after a transcript was stored, which entries its informant used.
* :func:`forget_withdrawn` removes a withdrawn informant's entries (or remembers to, if locked).

The key's content never enters the project: the project holds only its random id and whether it
uses a key (:mod:`coding.services.key_settings`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import select

from coding.errors import N_
from coding.services.key_settings import add_pending_withdrawal, clear_pending_withdrawals, key_state
from coding.store import Project
from coding.store.models import Informant, Transcript
from transcripts.deid.linking_key import LinkingKey, LinkingKeyError, default_key_path, is_inside_project
from transcripts.deid.types import Tagger

_TAG = re.compile(r"\[[^\[\]\n]{1,40} \d+\]")


def informant_of(project: Project, transcript_id: int) -> str | None:
    with project.read() as s:
        return s.scalar(select(Informant.label).join(Transcript, Transcript.informant_id == Informant.id)
                        .where(Transcript.id == transcript_id))


def record_import(key: LinkingKey, project: Project, transcript_id: int, tagger: Tagger) -> None:
    """After ``transcript_id`` was stored with ``tagger``: its informant used the entries the tagger gave out."""
    key.record_use(tagger.used, informant_of(project, transcript_id))


def _texts_by_informant(project: Project) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with project.read() as s:
        rows = s.execute(select(Informant.label, Transcript.title, Transcript.text)
                         .join(Transcript, Transcript.informant_id == Informant.id)).all()
    for label, title, text in rows:
        out.setdefault(label, []).extend((title or "", text or ""))
    return out


def backfill_usage(key: LinkingKey, project: Project) -> int:
    """For entries with no recorded informant (version-1 keys): attribute each to the informants whose
    stored transcripts contain its tag. Returns how many entries got an informant."""
    todo = key.unattributed()
    if not todo:
        return 0
    by_tag: dict[str, list[str]] = {}
    for k in todo:
        by_tag.setdefault(key.mapping[k], []).append(k)
    done: set[str] = set()
    for label, texts in _texts_by_informant(project).items():
        found = {t for text in texts for t in _TAG.findall(text)}
        for tag in found & by_tag.keys():
            key.record_use(by_tag[tag], label)
            done.update(by_tag[tag])
    return len(done)


def apply_pending_withdrawals(key: LinkingKey, project: Project) -> list[str]:
    """Remove the entries of informants withdrawn while the key was locked; saves the key if needed."""
    pending = key_state(project).pending
    if not pending:
        return []
    for label in pending:
        key.forget_informant(label)
    key.save()
    if not project.readonly:
        clear_pending_withdrawals(project, pending)
    return list(pending)


def unlock_project_key(project: Project, path: str | os.PathLike[str], passphrase: str) -> LinkingKey:
    """Open the project's key at ``path`` and bring it up to date with the project.

    A version-1 (plaintext) key is re-written encrypted with ``passphrase`` right away. A key made for
    another project is refused.
    """
    p = Path(path)
    if is_inside_project(p, project.path):
        raise LinkingKeyError(N_("{path}: the linking key is inside the project folder; move it out first"), path=p)
    key = LinkingKey.open(p, passphrase)
    state = key_state(project)
    if key.project_id and state.project_id and key.project_id != state.project_id:
        raise LinkingKeyError(N_("{path}: this linking key belongs to another project"), path=p)
    if not key.project_id and state.project_id:
        key.project_id = state.project_id
    migrated = key.version_on_disk == 1
    if backfill_usage(key, project) or migrated:
        key.save()
    apply_pending_withdrawals(key, project)
    return key


def forget_withdrawn(project: Project, label: str, key: LinkingKey | None) -> tuple[int, int] | None:
    """After withdrawing ``label``: drop their entries from ``key`` and save it. Without an unlocked key
    (for a project that has one) the withdrawal is remembered and applied at the next unlock.

    Returns (removed, shared kept), or None when it was only remembered (or the project has no key).
    """
    if key is None:
        if key_state(project).uses_key:
            add_pending_withdrawal(project, label)
        return None
    result = key.forget_informant(label)
    try:
        key.save()
    except LinkingKeyError:
        add_pending_withdrawal(project, label)  # tried again at the next unlock
        raise
    return result


def expected_key_path(project: Project, known: str | os.PathLike[str] | None = None) -> Path | None:
    """Where the project's key should be: ``known`` (from the user's settings) or the default place."""
    if known:
        return Path(known)
    state = key_state(project)
    return default_key_path(state.project_id) if state.project_id else None


def prepare_withdrawal(key: LinkingKey, project: Project) -> None:
    """Before a withdrawal deletes the transcripts: make sure every entry knows its informants."""
    if backfill_usage(key, project):
        key.save()
