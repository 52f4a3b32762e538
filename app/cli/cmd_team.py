"""``kondens publish PROJECT.kondens postgresql://…``: copy a local project to a team database.

The server gets every row of ``project.db`` (de-identified text, codes, segments, memos, themes,
settings) but drafts; the linking key and its "always" list stay on this computer (they were never in
the project). Each client rebuilds its own search index in its cache folder on first open.
"""

from __future__ import annotations

import argparse
import sys

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("publish", help="copy a local project into an empty PostgreSQL database (a team project)")
    p.add_argument("project", help="the local project folder NAME.kondens")
    p.add_argument("url", help="postgresql://host/dbname of an empty database (password in ~/.pgpass, never here)")
    p.set_defaults(func=_publish)


def _publish(args: argparse.Namespace) -> int:
    from coding.store import Project
    from coding.store.migrate import needs_upgrade
    from coding.store.project import DB_NAME, is_server_location
    from coding.store.server import display_url, publish, server_url

    if is_server_location(args.project):
        raise KondensError(f"{args.project}: publish copies a local project folder; this is already a URL")
    if not is_server_location(args.url):
        raise KondensError(f"{args.url}: not a postgresql:// URL")
    target = display_url(server_url(args.url))
    with Project.open(args.project, readonly=True) as project:
        if needs_upgrade(project.path / DB_NAME):
            raise KondensError(f"{project.path}: open the project once with this Kondens (it upgrades it), then "
                               "publish it")
        pid = publish(project, args.url, lambda table, n: print(f"  {table}: {n}", file=sys.stderr))
    print(target)
    print(f"project id {pid}: coders open {target} (their search index is built on this computer); the linking "
          "key stays with you (copy it to co-workers who import, `kondens key URL --locate FILE`)", file=sys.stderr)
    return 0
