"""Project-wide settings the user edits (not transcript text): how many backups the project keeps."""

from __future__ import annotations

from sqlalchemy import select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Setting

BACKUPS_KEY = "backups_keep"


class SettingError(KondensError):
    pass


def set_backups_keep(project: Project, keep: int) -> Changes:
    """How many rotating backups the project keeps (1–100); read by ``coding.store.backup``."""
    if not 1 <= int(keep) <= 100:
        raise SettingError(N_("A project keeps between 1 and 100 backups"))
    with project.transaction(f"Keep {keep} backups") as tx:
        s = tx.session
        row = s.scalar(select(Setting).where(Setting.key == BACKUPS_KEY))
        if row is None:
            s.add(Setting(key=BACKUPS_KEY, value=str(int(keep))))
        elif row.value != str(int(keep)):
            row.value = str(int(keep))
        tx.value = int(keep)
    return tx.changes
