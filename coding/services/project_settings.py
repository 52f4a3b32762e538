"""Project-wide settings the user edits (not transcript text): how many backups the project keeps."""

from __future__ import annotations

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.setting_rows import put_setting

BACKUPS_KEY = "backups_keep"


class SettingError(KondensError):
    pass


def set_backups_keep(project: Project, keep: int) -> Changes:
    """How many rotating backups the project keeps (1–100); read by ``coding.store.backup``."""
    if not 1 <= int(keep) <= 100:
        raise SettingError(N_("A project keeps between 1 and 100 backups"))
    with project.transaction(f"Keep {keep} backups") as tx:
        s = tx.session
        put_setting(s, BACKUPS_KEY, str(int(keep)))
        tx.value = int(keep)
    return tx.changes
