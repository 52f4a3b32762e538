"""``kondens backups`` and ``kondens restore``.

Both work on the project folder without opening ``project.db``: they are how a damaged, emptied or
missing database is recovered.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backups", help="list the project's backups with dates and counts")
    p.add_argument("project")
    p.set_defaults(func=_list)
    p = sub.add_parser("restore", help="replace the project's database by one of its backups")
    p.add_argument("project")
    p.add_argument("backup", help="file name in PROJECT/backups (or a path)")
    p.set_defaults(func=_restore)


def _no_team(project: str) -> None:
    if project.lower().startswith(("postgresql://", "postgres://")):
        raise KondensError(f"{project}: a team project is backed up by its database server (ask its administrator; "
                           "pg_dump makes a copy); Kondens keeps backups only of .kondens folders")


def _list(args: argparse.Namespace) -> int:
    from coding.store.backup import check_project_folder, list_backups

    _no_team(args.project)
    path = Path(args.project)
    check_project_folder(path)
    for b in list_backups(path):
        state = "" if b.valid else f"  UNUSABLE: {b.problem}"
        print(f"{b.path.name}  {b.taken:%Y-%m-%d %H:%M:%S}  {b.reason:13} transcripts={b.transcripts} "
              f"codes={b.codes} segments={b.segments}{state}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from coding.store import lock
    from coding.store.backup import check_project_folder, resolve_backup, restore_backup

    _no_team(args.project)
    path = Path(args.project)
    check_project_folder(path)
    backup = resolve_backup(path, args.backup)
    # The lock alone (no database connection) keeps every other writer out during the restore.
    lock.acquire(path)
    try:
        safety = restore_backup(path, backup)
    finally:
        lock.release(path)
    kept = f"; the previous state was saved as {safety.name}" if safety is not None else ""
    print(f"restored {backup.name}{kept}")
    return 0
