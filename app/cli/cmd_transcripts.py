"""``kondens reimport``, ``kondens rename`` and ``kondens delete``: repairing transcripts from the shell.

TRANSCRIPT is the transcript's id, its exact title or its informant's letter. ``reimport`` reads FILE
again through the import pipeline (with ``--key`` for consistent tags, as ``import``) and replaces the
transcript's text, keeping its coding; ``--json`` prints the re-anchoring report (counts and line
references, never text). ``delete`` removes a transcript and scrubs it from the files like
``withdraw``; from the shell it cannot be undone.
"""

from __future__ import annotations

import argparse
import json
import sys

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("reimport", help="replace a transcript's text by its source file read again, keeping the coding")
    p.add_argument("project")
    p.add_argument("transcript", help="id, title or informant letter")
    p.add_argument("file")
    p.add_argument("--yes", "-y", action="store_true",
                   help="accept proposed roles and de-identification without asking")
    p.add_argument("--json", action="store_true", help="print the re-anchoring report as JSON")
    p.add_argument("--names", metavar="F", help="file with names to treat as identifiers, one a line")
    p.add_argument("--key", metavar="KEYFILE",
                   help="linking key to use instead of the project's own (created if missing; outside the project)")
    p.add_argument("--no-key", action="store_true", help="do not use the linking key: tags are per transcript")
    p.set_defaults(func=_reimport)

    p = sub.add_parser("rename", help="give a transcript a new title")
    p.add_argument("project")
    p.add_argument("transcript", help="id, title or informant letter")
    p.add_argument("title", metavar="NEW_TITLE")
    p.set_defaults(func=_rename)

    p = sub.add_parser("delete", help="delete a transcript with its coding, scrubbed from every file")
    p.add_argument("project")
    p.add_argument("transcript", help="id, title or informant letter")
    p.add_argument("--yes", action="store_true", help="confirm; without it nothing is removed")
    p.set_defaults(func=_delete)


def _confirm(plan: object, title: str) -> bool:
    from transcripts.importing import ImportPlan

    assert isinstance(plan, ImportPlan)
    # Shown only on the user's own terminal; real labels are never stored or logged.
    print(f"\n{plan.name}: {len(plan.turns)} turns, {plan.words} words, {len(plan.spans)} identifiers proposed")
    for sp in plan.speakers:
        print(f"  {sp.label or '(unnamed)'} → {sp.pseudonym} ({sp.role}, {sp.turns} turns)")
    answer = input(f"Replace the text of {title!r} with these choices? [y/N] ").strip().lower()
    return answer in ("y", "yes", "j", "ja")


def _reimport(args: argparse.Namespace) -> int:
    from app.cli.cmd_import import _read_names
    from coding.services.transcripts import resolve_transcript
    from transcripts.deid.types import Tagger
    from transcripts.importing import ImportFailed, plan_import
    from transcripts.importing.plan import project_language
    from transcripts.importing.reimport import commit_reimport, prepare_reimport, summary_lines
    from transcripts.workspace import open_project

    if not args.yes and not sys.stdin.isatty():
        raise KondensError("reimport needs --yes when not run in an interactive terminal "
                           "(it accepts the proposed roles and de-identification)")
    from app.cli.keys import project_key
    from transcripts.deid.key_project import record_import

    names = _read_names(args.names)
    # No backup on open: it would copy the old version this command is about to scrub from the backups.
    project = open_project(args.project, backup=False)
    try:
        key = project_key(project, args.key, args.no_key, create_missing=True)
        if key is not None:
            names += key.always
        tid = resolve_transcript(project, args.transcript)
        lang = project_language(project)
        try:
            plan = plan_import(project, args.file, known_names=names, lang=lang)
        except ImportFailed as e:
            raise KondensError(str(e)) from None
        prepare_reimport(project, tid, plan)
        if not args.yes and not _confirm(plan, args.transcript):
            print("nothing changed", file=sys.stderr)
            return 0
        tagger = Tagger(lang, mapping=key.mapping) if key is not None else Tagger(lang)
        before = dict(tagger.mapping)
        try:
            report = commit_reimport(project, tid, plan, tagger=tagger).value
        except BaseException:
            if key is not None:
                key.mapping.clear()
                key.mapping.update(before)
            raise
        if key is not None:
            record_import(key, project, tid, tagger)
            key.save()
    finally:
        project.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print("\n".join(summary_lines(report)))
        for line in report.backups:
            print(f"backup: {line}")
    return 0


def _rename(args: argparse.Namespace) -> int:
    from coding.services.transcripts import rename_transcript, resolve_transcript
    from transcripts.workspace import open_project

    with open_project(args.project) as project:
        tid = resolve_transcript(project, args.transcript)
        title = rename_transcript(project, tid, args.title).value
    print(f"transcript {tid} is now {title!r}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from coding.services.transcript_delete import delete_transcript_scrubbed, plan_transcript_delete
    from coding.services.transcripts import resolve_transcript
    from coding.store import Project
    from transcripts.workspace import open_project

    with Project.open(args.project, readonly=True) as ro:
        tid = resolve_transcript(ro, args.transcript)
        plan = plan_transcript_delete(ro, tid)
    if not args.yes:
        raise KondensError(f"would delete {plan.describe()}; this cannot be undone — add --yes to confirm")
    project = open_project(args.project, backup=False)
    try:
        res = delete_transcript_scrubbed(project, tid).value
    finally:
        project.close()
    print(f"deleted {plan.describe()}")
    for line in res.backups:
        print(f"backup: {line}")
    return 0
