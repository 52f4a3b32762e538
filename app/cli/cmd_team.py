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
    p = sub.add_parser("role", help="give a database user a role on a team project: owner, coder or reviewer "
                                    "(run by the project's owner; enforced by PostgreSQL grants)")
    p.add_argument("project", help="postgresql://host/dbname")
    p.add_argument("user", nargs="?", help="the database user (login role); without it: show your own role")
    p.add_argument("role", nargs="?", choices=("owner", "coder", "reviewer"))
    p.set_defaults(func=_role)


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


def _role(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from coding.store import Project
    from coding.store.roles import grant
    from coding.store.server import ServerProject

    if (args.user is None) != (args.role is None):
        raise KondensError("give both USER and ROLE (or neither, to see your own role)")
    with Project.open(args.project, readonly=args.user is None) as project:
        if not isinstance(project, ServerProject):
            raise KondensError(f"{args.project}: roles exist only on team projects (postgresql://…)")
        if args.user is None:
            print(project.role or "no role on this project")
            return 0
        try:
            with project.engine.begin() as conn:
                grant(conn, args.user, args.role)
        except DBAPIError as e:
            raise KondensError(f"{project.location}: cannot change roles ({str(e.orig).splitlines()[0]}); the "
                               "database's owner can") from None
    print(f"{args.user}: {args.role}")
    return 0
