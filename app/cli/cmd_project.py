"""``kondens new`` and ``kondens info``."""

from __future__ import annotations

import argparse
import json

from coding.queries import project_info
from coding.store import Project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new", help="create an empty project folder NAME.kondens")
    p.add_argument("project")
    p.set_defaults(func=_new)
    p = sub.add_parser("info", help="print counts of a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_info)


def _new(args: argparse.Namespace) -> int:
    with Project.create(args.project) as project:
        print(project.path)
    return 0


def _info(args: argparse.Namespace) -> int:
    with Project.open(args.project, readonly=True) as project:
        info = project_info(project).as_dict()
    if args.json:
        print(json.dumps(info))
    else:
        for k, v in info.items():
            print(f"{k:12} {v}")
    return 0
