"""``kondens review export|comment|reply|import|list``: the supervisor review loop from the shell.

- ``review export PROJECT OUT.kondensreview [--note TEXT] [--student NAME] [--share-memo ID]... [--key F]``
- ``review comment FILE --on theme:NAME|code:NAME|condensate:NAME|lines:B:212-215 --text TEXT
  [--quote TEXT] [--suggest rename:NEW|merge-into:NAME|move-to:AREA|split:NEW:CODE,CODE|more-data]
  [--author NAME] [--reply-to GUID] [--resolve]`` adds a comment to a review copy as the supervisor would.
- ``review reply FILE OUT.kondenscomments``: the comments file that goes back to the student.
- ``review import PROJECT FILE [--yes] [--json] [--key F]``: comment text goes through the detector;
  proposed identifiers must be accepted (``--yes``) or reviewed in the GUI.
- ``review list PROJECT|FILE [--json]``: one object per comment.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from coding.errors import KondensError

REVIEW_SUFFIX = ".kondensreview"  # coding.supervision.files.REVIEW_SUFFIX, not imported: the CLI starts light


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("review", help="supervisor review: review copies and returned comments")
    ex = p.add_subparsers(dest="what", metavar="ACTION")

    e = ex.add_parser("export", help="write a read-only review copy (.kondensreview) for the supervisor")
    e.add_argument("project")
    e.add_argument("out")
    e.add_argument("--note", default="", help="a note shown to the supervisor in the banner")
    e.add_argument("--student", default="", help="your name as the supervisor should see it")
    e.add_argument("--share-memo", type=int, action="append", metavar="ID",
                   help="include this memo or journal entry (repeatable; default: those shared last time)")
    e.add_argument("--no-memos", action="store_true", help="share no memos")
    e.add_argument("--key", help="linking key: refuse the copy if a known identifier appears")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=_export)

    c = ex.add_parser("comment", help="add a comment or suggestion to a review copy (as the supervisor)")
    c.add_argument("file")
    c.add_argument("--on", help="theme:NAME | code:NAME | condensate:NAME | lines:INFORMANT:FIRST-LAST")
    c.add_argument("--text", required=True)
    c.add_argument("--quote", default="", help="with condensate: the passage the comment is about")
    c.add_argument("--suggest", help="rename:NEW | merge-into:NAME | move-to:AREA | split:NEW:CODE,CODE | more-data")
    c.add_argument("--author", default="")
    c.add_argument("--reply-to", metavar="GUID", help="reply in an existing thread instead")
    c.add_argument("--resolve", action="store_true", help="with --reply-to: mark the thread resolved")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=_comment)

    r = ex.add_parser("reply", help="write the comments file (.kondenscomments) that goes back to the student")
    r.add_argument("file")
    r.add_argument("out")
    r.add_argument("--author", default="")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=_reply)

    i = ex.add_parser("import", help="import returned comments into the project")
    i.add_argument("project")
    i.add_argument("file")
    i.add_argument("--yes", "-y", action="store_true", help="accept every identifier proposed in comment text")
    i.add_argument("--key", help="linking key: its names are found in comment text too")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=_import)

    ls = ex.add_parser("list", help="list the comments of a project or a review copy")
    ls.add_argument("project", help="a project folder or a .kondensreview file")
    ls.add_argument("--status", choices=("open", "resolved", "all"), default="all")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _out(args: argparse.Namespace, obj: dict[str, object], line: str) -> None:
    print(json.dumps(obj, ensure_ascii=False) if args.json else line)


def _export(args: argparse.Namespace) -> int:
    from coding.supervision.export import export_review_copy
    from exports.safety import check_texts, known_identifiers
    from transcripts.workspace import open_project

    out = Path(args.out)
    if out.suffix != REVIEW_SUFFIX:
        raise KondensError(f"{out}: a review copy is written as NAME{REVIEW_SUFFIX}")
    ids = known_identifiers(args.key)

    def check(texts: list[str]) -> None:
        if ids:
            check_texts(texts, ids, "review copy")

    memos = [] if args.no_memos else args.share_memo
    project = open_project(args.project, backup=False)
    try:
        res = export_review_copy(project, out, args.note, args.student, memos, check).value
    finally:
        project.close()
    _out(args, {"path": str(res.path), "round": res.round, "transcripts": res.transcripts,
                "comments": res.comments, "memos": res.memos},
         f"wrote {res.path}: review round {res.round}, {res.transcripts} transcript(s), {res.memos} shared memo(s)")
    return 0


def _comment(args: argparse.Namespace) -> int:
    from coding.supervision.review_copy import ReviewCopy

    with ReviewCopy.open(args.file) as rc:
        if args.reply_to:
            c = rc.reply(args.reply_to, args.text, args.author, "resolve" if args.resolve else "")
        else:
            if not args.on:
                raise KondensError("review comment needs --on (or --reply-to)")
            anchor = rc.anchor_for(args.on, args.quote)
            sug = rc.suggestion_for(args.suggest, anchor) if args.suggest else None
            c = rc.comment(anchor, args.text, args.author, sug)
    _out(args, {"guid": c.guid, "anchor": c.anchor.label()}, f"added comment {c.guid} on {c.anchor.label()}")
    return 0


def _reply(args: argparse.Namespace) -> int:
    from coding.supervision.files import COMMENTS_SUFFIX
    from coding.supervision.review_copy import ReviewCopy

    out = Path(args.out)
    if out.suffix != COMMENTS_SUFFIX:
        raise KondensError(f"{out}: a comments file is written as NAME{COMMENTS_SUFFIX}")
    with ReviewCopy.open(args.file) as rc:
        rc.write_reply(out, args.author)
        n = len(rc.comments)
    _out(args, {"path": str(out), "comments": n}, f"wrote {out}: {n} comment(s)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from coding.supervision.threads import commit_import, plan_import
    from exports.safety import known_identifiers
    from transcripts.deid.detector import detect
    from transcripts.importing.plan import project_language
    from transcripts.workspace import open_project

    known = known_identifiers(args.key)
    project = open_project(args.project)
    try:
        lang = project_language(project)
        plan = plan_import(project, args.file, lambda text: detect(text, known, lang))
        if plan.proposals and not args.yes:
            raise KondensError(f"{len(plan.proposals)} possible identifier(s) proposed in the comment text; review "
                               "them in Kondens (Import review comments…) or add --yes to replace them all by tags")
        res = commit_import(project, plan).value
    finally:
        project.close()
    _out(args, res.to_json(), f"imported {res.comments} comment(s), {res.suggestions} suggestion(s); "
         f"{res.orphans} orphaned anchor(s); {res.proposed_identifiers} identifier(s) replaced"
         + (f"; {res.duplicates} already imported" if res.duplicates else ""))
    return 0


def _list(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if path.suffix == REVIEW_SUFFIX:
        from coding.supervision.review_copy import ReviewCopy

        with ReviewCopy.open(path) as rc:
            views = rc.threads()
    else:
        from coding.store import Project
        from coding.store.migrate import needs_upgrade
        from coding.store.project import DB_NAME
        from coding.supervision.threads import list_threads

        if not (path / DB_NAME).is_file():
            raise KondensError(f"{path}: not a Kondens project or review copy")
        with Project.open(path, readonly=not needs_upgrade(path / DB_NAME)) as project:
            views = list_threads(project)
    status = {v.guid: v.status for v in views if v.is_thread}
    for v in views:
        st = status.get(v.parent or v.guid, "")
        if args.status == "open" and st != "open" or args.status == "resolved" and st == "open":
            continue
        if args.json:
            print(json.dumps(v.to_json(), ensure_ascii=False))
        else:
            sug = f" [{v.suggestion.describe()}]" if v.suggestion else ""
            lead = "  ↳ " if v.parent else ""
            orphan = " (orphaned)" if v.orphan and v.is_thread else ""
            print(f"{lead}{v.where}{orphan} · {v.author or v.role} · {st if v.is_thread else v.action or 'reply'}: "
                  f"{' '.join(v.text.split())}{sug}")
    return 0
