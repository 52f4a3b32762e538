"""``kondens new``, ``kondens info`` and ``kondens key``.

``new`` gives the project a linking key by default, encrypted with a passphrase (``KONDENS_KEY_PASSPHRASE``
or asked twice), at ``<user data dir>/Kondens/keys/<project id>.kondenskey`` unless ``--key PATH``;
``--no-key`` is the explicit choice to work without one (tags are then numbered per transcript).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new", help="create an empty project folder NAME.kondens, or a team project at a "
                                   "postgresql:// URL (with a linking key)")
    p.add_argument("project")
    p.add_argument("--key", metavar="PATH", help="where to keep the linking key (default: the user data folder)")
    p.add_argument("--no-key", action="store_true",
                   help="work without a linking key: tags are numbered per transcript")
    p.set_defaults(func=_new)
    p = sub.add_parser("info", help="print counts of a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_info)
    p = sub.add_parser("key", help="show, create, move, locate or re-lock the project's linking key")
    p.add_argument("project")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--create", nargs="?", const="", metavar="PATH",
                   help="give the project a new linking key (default place unless PATH)")
    g.add_argument("--move", metavar="PATH", help="move the key to PATH (a file or a folder)")
    g.add_argument("--locate", metavar="FILE", help="use the existing key FILE for this project")
    g.add_argument("--change-passphrase", action="store_true",
                   help="new passphrase (KONDENS_NEW_KEY_PASSPHRASE or asked twice)")
    g.add_argument("--no-key", action="store_true", help="work without a linking key from now on")
    p.set_defaults(func=_key)


def _new(args: argparse.Namespace) -> int:
    from app.cli.passphrase import ask
    from app.review.key_settings import create_project_key, work_without_key
    from coding.store import Project
    from coding.store.project import is_server_location
    from transcripts.deid.linking_key import is_inside_project

    if args.no_key and args.key:
        raise KondensError("--key and --no-key cannot be used together")
    team = is_server_location(args.project)
    if team:
        from coding.store.server import display_url, server_url

        server_url(args.project)  # a URL with a password, or without a database, is refused before anything
        args.project = display_url(server_url(args.project))
    elif not args.project.endswith(".kondens"):  # a project is always the folder NAME.kondens
        args.project = args.project.rstrip("/\\") + ".kondens"
    if args.key:
        if not team and is_inside_project(args.key, args.project):
            raise KondensError(f"{args.key}: the linking key links tags back to real names; keep it outside "
                               "the project folder")
        if Path(args.key).exists():
            raise KondensError(f"{args.key}: a file already exists there; choose another place for the linking key")
    passphrase = None if args.no_key else ask(new=True)  # before anything is created
    with Project.create(args.project) as project:
        try:
            if passphrase is None:
                work_without_key(project)
            else:
                key = create_project_key(project, passphrase, args.key)
        except BaseException:
            project.close()
            if not team:  # a team database is the server's; the administrator drops it
                shutil.rmtree(project.path, ignore_errors=True)
            raise
        print(project.location)
        if passphrase is None:
            print("no linking key: tags are numbered per transcript", file=sys.stderr)
        else:
            print(f"linking key: {key.path} (keep it and its passphrase safe; without both, tags cannot be "
                  "linked back)", file=sys.stderr)
    return 0


def _info(args: argparse.Namespace) -> int:
    from coding.queries import project_info
    from coding.store import Project

    with Project.open(args.project, readonly=True) as project:
        info = project_info(project).as_dict()
    if args.json:
        print(json.dumps(info))
    else:
        for k, v in info.items():
            print(f"{k:12} {v}")
    return 0


def _key(args: argparse.Namespace) -> int:
    from app.cli.passphrase import ENV_NEW, ask
    from app.review import key_settings as ks
    from coding.store import Project

    with Project.open(args.project) as project:
        status = ks.key_status(project)
        if args.create is not None:
            if status.uses_key and status.found:
                raise KondensError(f"{status.path}: the project already has a linking key")
            key = ks.create_project_key(project, ask(new=True), args.create or None)
            print(f"created {key.path}")
        elif args.locate:
            key = ks.locate_key(project, args.locate, ask())
            print(f"linking key: {key.path}")
        elif args.move or args.change_passphrase:
            if not status.uses_key:
                raise KondensError(f"{project.path}: the project has no linking key (create one with --create)")
            key = ks.unlock(project, ask())
            if args.move:
                print(f"moved to {ks.move_key(project, key, args.move)}")
            else:
                ks.change_passphrase(key, ask(new=True, env=ENV_NEW, prompt="New passphrase: "))
                print(f"new passphrase set for {key.path}")
        elif args.no_key:
            ks.work_without_key(project)
            print("working without a linking key: tags are numbered per transcript")
            if status.found:
                print(f"the old key is still at {status.path}; delete it when you no longer need it")
        elif status.uses_key:
            print(f"linking key: {status.path}{'' if status.found else ' (NOT FOUND)'}")
        else:
            print("no linking key: tags are numbered per transcript" + ("" if status.chosen_none else
                  f" (create one with 'kondens key {project.path} --create')"))
    return 0
