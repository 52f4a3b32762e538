"""Reading and writing one ``settings`` row inside a session (the project's key/value store)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.store.models import Setting


def put_setting(s: Session, key: str, value: str) -> None:
    """Insert or update the row ``key``; an unchanged value writes nothing (no undo step, no change)."""
    row = s.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        s.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
