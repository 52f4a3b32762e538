"""``kondens import-qdpx PROJECT FILE.qdpx [--yes] [--json]``: bring in a REFI-QDA project."""

from __future__ import annotations

import argparse
import json

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-qdpx", help="import a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, …")
    p.add_argument("project")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="accept every proposed identifier (headless)")
    p.add_argument("--json", action="store_true", help="print counts as JSON")
    p.add_argument("--lang", default="nb", choices=["nb", "en"], help="language of the tags")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from exports.refi.importer import import_qdpx
    from transcripts.workspace import open_project

    if not args.yes:
        raise KondensError(f"{args.file}: identifiers must be reviewed; rerun with --yes to accept every "
                           "proposal, or import from the GUI")
    with open_project(args.project) as project:
        rep = import_qdpx(project, args.file, yes=True, lang=args.lang)
    if args.json:
        print(json.dumps({"codes": rep.codes, "sources": rep.sources, "segments": rep.segments, "notes": rep.notes,
                          "cases": rep.cases, "identifiers_replaced": rep.identifiers_replaced,
                          "warnings": rep.warnings}, ensure_ascii=False))
    else:
        print(f"{args.file}: {rep.codes} codes, {rep.sources} sources, {rep.segments} segments, {rep.notes} notes, "
              f"{rep.cases} cases; {rep.identifiers_replaced} identifiers replaced")
        for w in rep.warnings:
            print(f"warning: {w}")
    return 0
