"""What the project knows about its linking key: whether it uses one, its id, pending withdrawals.

Nothing identifying: the project id is random, the mode is "key" or "none", and pending withdrawals
are pseudonym letters (informants withdrawn while the key was locked, whose entries are removed from
the key the next time it is unlocked). Never the key's content, never its path (paths are kept in the
user's own settings on each machine; the default place is derived from the project id).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Setting
from coding.store.setting_rows import put_setting

ID = "project_id"
MODE = "linking_key"
PENDING = "linking_key_pending_withdrawals"
MODES = ("key", "none")


@dataclass(frozen=True)
class KeyState:
    project_id: str  # "" until the project has one
    mode: str  # "key", "none", or "" for a project made before keys were the default
    pending: tuple[str, ...]  # informants withdrawn while the key was locked

    @property
    def uses_key(self) -> bool:
        return self.mode == "key"


def _get(s: Session, key: str) -> str:
    return s.scalar(select(Setting.value).where(Setting.key == key)) or ""


def key_state(project: Project) -> KeyState:
    with project.read() as s:
        pending = tuple(x for x in _get(s, PENDING).split(",") if x)
        return KeyState(_get(s, ID), _get(s, MODE), pending)


def new_project_id() -> str:
    return uuid.uuid4().hex


def _ensure_id(s: Session, proposed: str | None = None) -> str:
    pid = _get(s, ID)
    if not pid:
        pid = proposed or new_project_id()
        put_setting(s, ID, pid)
    return pid


def ensure_project_id(project: Project, proposed: str | None = None) -> Changes:
    """Give the project a random id if it has none (``proposed``, e.g. one shown to the user before the
    project existed); the id names its linking key. ``changes.value`` is the id."""
    if proposed is not None and (len(proposed) != 32 or not all(c in "0123456789abcdef" for c in proposed)):
        raise KondensError(N_("not a project id: {proposed!r}"), proposed=proposed)
    with project.transaction("Project id") as tx:
        tx.value = _ensure_id(tx.session, proposed)
    return tx.changes


def set_key_mode(project: Project, mode: str) -> Changes:
    """Record that the project works with a linking key ("key") or without one ("none").

    Gives the project an id first if it has none; ``changes.value`` is the id.
    """
    if mode not in MODES:
        raise KondensError(N_("unknown linking key mode {mode!r}"), mode=mode)
    with project.transaction("Linking key" if mode == "key" else "Work without a linking key") as tx:
        tx.value = _ensure_id(tx.session)
        put_setting(tx.session, MODE, mode)
    return tx.changes


def add_pending_withdrawal(project: Project, label: str) -> Changes:
    with project.transaction(f"Remember withdrawal of {label} for the linking key") as tx:
        pending = [x for x in _get(tx.session, PENDING).split(",") if x]
        if label not in pending:
            pending.append(label)
        put_setting(tx.session, PENDING, ",".join(pending))
    return tx.changes


def clear_pending_withdrawals(project: Project, labels: tuple[str, ...] | list[str]) -> Changes:
    with project.transaction("Linking key updated after withdrawal") as tx:
        pending = [x for x in _get(tx.session, PENDING).split(",") if x and x not in labels]
        put_setting(tx.session, PENDING, ",".join(pending))
    return tx.changes
