"""``kondens gui [PROJECT]``: open the desktop app (``kondens`` alone does the same)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open the desktop app, optionally on PROJECT")
    p.add_argument("project", nargs="?", help="a project folder, a postgresql:// team project or a .kondensreview file")
    p.set_defaults(func=_gui)


def _gui(args: argparse.Namespace) -> int:
    if args.project is not None and not args.project.lower().startswith(("postgresql://", "postgres://")):
        from coding.store.project import DB_NAME

        p = Path(args.project)
        if not p.exists():
            raise KondensError(f"{p}: path does not exist")
        if p.suffix == ".kondensreview":
            if not p.is_file():
                raise KondensError(f"{p}: not a review copy")
        elif not (p / DB_NAME).is_file():
            raise KondensError(f"{p}: not a Kondens project (no {DB_NAME})")
    import gc

    gc.disable()  # no collection passes while Qt and the app import; run_gui freezes the survivors and re-enables it
    from app.window.startup import run_gui

    return run_gui(args.project)
