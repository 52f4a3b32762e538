"""``kondens backups`` and ``kondens restore``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backups", help="list the project's backups with dates and counts")
    p.add_argument("project")
    p.set_defaults(func=_list)
    p = sub.add_parser("restore", help="replace the project's database by one of its backups")
    p.add_argument("project")
    p.add_argument("backup", help="file name in PROJECT/backups (or a path)")
    p.set_defaults(func=_restore)


def _list(args: argparse.Namespace) -> int:
    from coding.store import Project
    from coding.store.backup import list_backups

    Project.open(args.project, readonly=True).close()  # validates the path with a clear error
    for b in list_backups(Path(args.project)):
        print(f"{b.path.name}  {b.taken:%Y-%m-%d %H:%M:%S}  {b.reason:13} transcripts={b.transcripts} "
              f"codes={b.codes} segments={b.segments}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    # Holding the project open for writing takes its lock, so nobody else writes during the restore.
    from coding.store import Project
    from coding.store.backup import resolve_backup, restore_backup

    project = Project.open(args.project)
    try:
        backup = resolve_backup(project.path, args.backup)
        project.engine.dispose()
        safety = restore_backup(project.path, backup)
    finally:
        project.close()
    print(f"restored {backup.name}; the previous state was saved as {safety.name}")
    return 0
