"""``kondens import PROJECT FILE... [--yes] [--json] [--names F] [--key KEYFILE | --no-key]``.

The same pipeline as the import dialog, headless. ``--yes`` accepts the proposed roles, pseudonyms
and de-identification and skips duplicates. Exit status 2 if any file failed. The project's linking
key is used by default (passphrase from ``KONDENS_KEY_PASSPHRASE`` or a prompt); ``--no-key`` imports
with tags numbered per transcript.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="import transcripts (.docx .txt .odt .rtf .vtt .srt) into a project")
    p.add_argument("project")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--yes", "-y", action="store_true",
                   help="accept proposed roles, pseudonyms and de-identification; skip duplicates")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.add_argument("--names", metavar="F", help="file with names to treat as identifiers, one a line")
    p.add_argument("--key", metavar="KEYFILE",
                   help="linking key to use instead of the project's own (created if missing; outside the project)")
    p.add_argument("--no-key", action="store_true",
                   help="do not use the linking key: tags are numbered per transcript")
    p.set_defaults(func=_import)


def _read_names(path: str | None) -> list[str]:
    if not path:
        return []
    p = Path(path)
    try:
        return [ln.strip() for ln in p.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
    except (OSError, UnicodeDecodeError) as e:
        raise KondensError(f"{p}: names file cannot be read ({type(e).__name__})") from None


def _confirm(plan: object) -> bool:
    from transcripts.importing import ImportPlan

    assert isinstance(plan, ImportPlan)
    # Shown only on the user's own terminal; real labels are never stored or logged.
    print(f"\n{plan.name}: {len(plan.turns)} turns, {plan.words} words, {len(plan.spans)} identifiers proposed")
    for sp in plan.speakers:
        print(f"  {sp.label or '(unnamed)'} → {sp.pseudonym} ({sp.role}, {sp.turns} turns)")
    if plan.duplicate_of is not None:
        print(f"  the same content is already in the project (transcript {plan.duplicate_of})")
    answer = input("Import with these choices? [y/N] ").strip().lower()
    return answer in ("y", "yes", "j", "ja")


def _import(args: argparse.Namespace) -> int:
    from transcripts.importing import import_files
    from transcripts.workspace import open_project

    if not args.yes and not sys.stdin.isatty():
        raise KondensError("import needs --yes when not run in an interactive terminal "
                           "(it accepts the proposed roles, pseudonyms and de-identification)")
    from app.cli.keys import project_key

    names = _read_names(args.names)
    with open_project(args.project) as project:
        key = project_key(project, args.key, args.no_key, create_missing=True)
        results = import_files(project, args.files, yes=args.yes, names=names, key=key,
                               confirm=None if args.yes else _confirm)
    failed = [r for r in results if not r.ok]
    for r in results:
        if args.json:
            print(json.dumps(r.as_dict(), ensure_ascii=False))
        elif r.ok and r.skipped:
            print(f"skipped  {r.error}")
        elif r.ok:
            print(f"imported {Path(r.file).name}: informant {r.informant}, {r.turns} turns, {r.lines} lines, "
                  f"{r.words} words")
        else:
            print(f"kondens: {r.error}", file=sys.stderr)
    if failed and not args.json:
        print(f"kondens: {len(failed)} of {len(results)} files failed", file=sys.stderr)
    return 2 if failed else 0
