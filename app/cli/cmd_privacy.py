"""``kondens withdraw``, ``kondens check`` and ``kondens redact``: privacy actions from the shell.

``check`` exits 1 when any listed identifier occurs (whole word, case-sensitive) in any file under
the project folder, 0 when it is clean; it only reads. It prints ``file: name (count)`` per hit but
never echoes the file's surrounding text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coding.errors import KondensError

# transcripts.deid.types.CATEGORIES, repeated so building the parser does not load the detector
# (tests/test_cli_startup.py checks they agree).
CATEGORIES = ("person", "place", "institution", "email", "phone", "national_id", "date", "url", "other")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("withdraw", help="remove an informant and everything about them (not undoable)")
    p.add_argument("project")
    p.add_argument("label", help="the informant's pseudonym, e.g. B")
    p.add_argument("--yes", action="store_true", help="confirm; without it nothing is removed")
    p.add_argument("--no-key", action="store_true",
                   help="do not unlock the linking key now; their entries are removed from it at the next unlock")
    p.set_defaults(func=_withdraw)

    p = sub.add_parser("check", help="scan every file under a project for identifiers; exit 1 if any is found")
    p.add_argument("project")
    p.add_argument("--names", required=True, metavar="F", help="UTF-8 file, one identifier per line")
    p.set_defaults(func=_check)

    p = sub.add_parser("redact", help="replace a string by a tag in stored transcripts and notes")
    p.add_argument("project")
    p.add_argument("text", help="the exact string (whole word, case-sensitive)")
    p.add_argument("--category", default="other", choices=CATEGORIES)
    p.add_argument("--transcript", type=int, metavar="ID", help="only this transcript (default: everywhere)")
    p.add_argument("--lang", choices=("nb", "en"), help="language of the tag (default: the project's)")
    p.add_argument("--yes", action="store_true", help="confirm; without it nothing is changed")
    p.set_defaults(func=_redact)


def _withdraw(args: argparse.Namespace) -> int:
    from coding.services.withdraw import plan_withdrawal, withdraw_informant
    from coding.store import Project
    from transcripts.workspace import open_project

    with Project.open(args.project, readonly=True) as ro:
        plan = plan_withdrawal(ro, args.label)
    summary = (f"informant {plan.label}: {len(plan.transcripts)} transcript(s), {plan.segments} coded segment(s), "
               f"{plan.quotes} quote(s), {plan.memos} memo(s)")
    if not args.yes:
        raise KondensError(f"would remove {summary}; this cannot be undone — add --yes to confirm")
    from app.cli.keys import project_key
    from app.review.key_settings import key_status
    from transcripts.deid.key_project import forget_withdrawn, prepare_withdrawal

    project = open_project(args.project, backup=False)
    try:
        key = None
        uses_key = key_status(project).uses_key
        if uses_key and not args.no_key:
            key = project_key(project)
            if key is not None:
                prepare_withdrawal(key, project)  # every entry knows its informants before their text goes
        res = withdraw_informant(project, args.label).value
        forgotten = forget_withdrawn(project, args.label, key)
    finally:
        project.close()
    print(f"removed {summary}")
    for line in res.backups:
        print(f"backup: {line}")
    if forgotten is not None:
        print(f"linking key: {forgotten[0]} entr{'y' if forgotten[0] == 1 else 'ies'} of {args.label} removed, "
              f"{forgotten[1]} shared with other informants kept")
    elif uses_key:
        print(f"linking key: locked; the entries of {args.label} are removed from it at the next unlock")
    return 0


def _check(args: argparse.Namespace) -> int:
    from coding.services.privacy_scan import read_names_file, scan_folder

    folder = Path(args.project)
    if not folder.is_dir():
        raise KondensError(f"{folder}: not a folder")
    try:
        names = read_names_file(args.names)
    except (OSError, UnicodeDecodeError) as e:
        raise KondensError(f"{args.names}: cannot read the names file ({type(e).__name__})") from None
    if not names:
        raise KondensError(f"{args.names}: no names in the file")
    hits = scan_folder(folder, names)
    for h in hits:
        print(f"{h.file}: {h.name} ({h.count})")
    if hits:
        print(f"{len({h.name for h in hits})} of {len(names)} name(s) found in {len({h.file for h in hits})} file(s)",
              file=sys.stderr)
        return 1
    print(f"clean: none of {len(names)} name(s) found", file=sys.stderr)
    return 0


def _redact(args: argparse.Namespace) -> int:
    from coding.services.redaction import redact_text
    from transcripts.workspace import open_project

    scope = f"transcript {args.transcript}" if args.transcript else "every transcript and note"
    if not args.yes:
        raise KondensError(f"would replace {args.text!r} in {scope}; add --yes to confirm")
    project = open_project(args.project, backup=False)
    try:
        res = redact_text(project, args.text, args.category, everywhere=args.transcript is None,
                          transcript_id=args.transcript, lang=args.lang).value
    finally:
        project.close()
    print(f"replaced {res.occurrences} occurrence(s) in {len(res.transcripts)} transcript(s) and "
          f"{res.free_text_rows} note(s) by {res.tag}")
    for line in res.backups:
        print(f"backup: {line}")
    return 0
