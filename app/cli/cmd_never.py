"""``kondens never``: show and edit the project's never-list (words that are not identifiers).

The list is applied at every import, headless ones too: the words and their inflections are never
proposed. It holds ordinary words only, so it lives in the project; names belong on the always-list,
which is kept in the linking key.
"""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("never", help="show or edit the never-list (words never proposed as identifiers)")
    p.add_argument("project")
    p.add_argument("--add", nargs="+", default=[], metavar="WORD", help="add words")
    p.add_argument("--remove", nargs="+", default=[], metavar="WORD", help="remove words")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(func=_never)


def _never(args: argparse.Namespace) -> int:
    from coding.services.never_list import never_list, set_never_list
    from coding.store import Project
    from transcripts.workspace import open_project

    if args.add or args.remove:
        project = open_project(args.project, backup=False)
        try:
            gone = {w.casefold() for w in args.remove}
            words = [w for w in never_list(project) if w.casefold() not in gone] + list(args.add)
            words = set_never_list(project, words).value
        finally:
            project.close()
    else:
        with Project.open(args.project, readonly=True) as ro:
            words = never_list(ro)
    if args.json:
        print(json.dumps(words, ensure_ascii=False))
    else:
        for w in words:
            print(w)
    return 0
