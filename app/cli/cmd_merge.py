"""``kondens merge PROJECT OTHER.kondens|OTHER.qdpx [--as-coder NAME] [--map FILE] [--json]``.

Brings a second coder's segments into PROJECT (see :mod:`coding.services.merge_coder`). ``--map FILE`` maps
the copy's code names to ours: a JSON object ``{"their name": "our name"}`` or a two-column CSV; an empty
"ours" creates the code anew. Unmatched transcripts are listed; nothing of PROJECT is changed.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("merge", help="merge a coder's copy (.kondens or .qdpx) into a project")
    p.add_argument("project")
    p.add_argument("other", help="the other coder's copy: a NAME.kondens folder or a .qdpx file")
    p.add_argument("--as-coder", help="record the copy's segments under this coder name")
    p.add_argument("--map", help="code mapping: JSON {\"their name\": \"our name\"} or a two-column CSV")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_run)


def read_map(path: str) -> dict[str, str]:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise KondensError(f"{p}: cannot read the mapping ({e.strerror})") from None
    if p.suffix.casefold() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise KondensError(f"{p}: not valid JSON ({e.msg}, line {e.lineno})") from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise KondensError(f"{p}: the mapping must be an object of code names")
        return {str(k): v for k, v in data.items()}
    rows = [r for r in csv.reader(raw.splitlines()) if r and any(x.strip() for x in r)]
    return {r[0].strip(): (r[1].strip() if len(r) > 1 else "") for r in rows}


def _run(args: argparse.Namespace) -> int:
    from coding import queries
    from coding.services.merge_coder import merge_coder_copy
    from exports.coder_copy import load_coder_copy
    from transcripts.workspace import open_project

    if not Path(args.other).exists():
        raise KondensError(f"{args.other}: does not exist")
    with open_project(args.project) as project:
        copy = load_coder_copy(args.other, project)
        mapping: dict[str, int | None] | None = None
        if args.map:
            ours = {c.name.casefold(): c.id for c in queries.codes(project)}
            keys: dict[str, list[str]] = {}
            for c in copy.codes:
                keys.setdefault(c.name.casefold(), []).append(c.key)
            mapping = {}
            for theirs, our in read_map(args.map).items():
                if theirs.casefold() not in keys:
                    raise KondensError(f"{args.map}: {args.other} has no code {theirs!r}")
                if our and our.casefold() not in ours:
                    raise KondensError(f"{args.map}: this project has no code {our!r}")
                for k in keys[theirs.casefold()]:
                    mapping[k] = ours[our.casefold()] if our else None
        rep = merge_coder_copy(project, copy, as_coder=args.as_coder, mapping=mapping).value
    if args.json:
        print(json.dumps(rep.as_dict(), ensure_ascii=False))
        return 0
    print(f"{args.other}: {rep.transcripts_matched} transcripts matched, {rep.segments_added} segments added "
          f"({', '.join(rep.coders) or 'no coder'}), {rep.segments_skipped} already here, "
          f"{rep.codes_created} codes created")
    for theirs, our, how in rep.codes:
        if how != "id":
            print(f"code {theirs!r} → {our!r} ({how})")
    for title in rep.unmatched:
        print(f"unmatched transcript: {title}")
    if rep.segments_unmatched:
        print(f"{rep.segments_unmatched} segments on unmatched transcripts not merged")
    return 0
