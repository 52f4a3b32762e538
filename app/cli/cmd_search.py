"""``kondens search PROJECT QUERY`` and ``kondens reindex PROJECT``."""

from __future__ import annotations

import argparse
import json
import sys

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="search transcripts, memos and condensates of a project",
                       description='Query: words, "phrases", prefix*, AND/OR/NOT, informant:A, role:informant, '
                                   'speaker:I, code:"sosial arena", theme:"…", in:memo.')
    p.add_argument("project")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="print a JSON list of hits")
    p.add_argument("--limit", type=int, default=50, help="at most N hits (default 50)")
    p.add_argument("--sort", choices=("score", "position"), default="score")
    p.set_defaults(func=_search)
    p = sub.add_parser("reindex", help="rebuild the search index of a project from its database")
    p.add_argument("project")
    p.set_defaults(func=_reindex)


def _search(args: argparse.Namespace) -> int:
    from transcripts.search import QueryError, index_for, iter_marks
    from transcripts.workspace import open_project

    if args.limit < 1:
        raise KondensError("--limit must be at least 1")
    # Searching changes nothing: read-only (works beside a writer and on read-only media), no backup.
    with open_project(args.project, readonly=True) as project:
        try:
            res = index_for(project).search(args.query, limit=args.limit, sort=args.sort)
        except QueryError as e:
            raise KondensError(str(e)) from None
    hits = res.hits[: args.limit]
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False, indent=1))
        return 0
    bold = sys.stdout.isatty()
    for h in hits:
        text = "".join(f"\033[1m{t}\033[0m" if m and bold else (f"«{t}»" if m else t) for t, m in
                       iter_marks(h.text, h.marks))
        where = f"{h.informant or '-'}, {h.transcript}, l. {h.line}" if h.kind == "line" else f"{h.kind}: {h.title}"
        print(f"{where}: {text}")
    counts = ", ".join(f"{k or '-'}: {v}" for k, v in sorted(res.per_informant.items()))
    print(f"{res.total} hits ({counts}{'; ' if counts and res.notes else ''}"
          f"{f'{res.notes} in memos' if res.notes else ''}) in {res.elapsed_ms:.0f} ms", file=sys.stderr)
    return 0


def _reindex(args: argparse.Namespace) -> int:
    from transcripts.search import index_for
    from transcripts.workspace import open_project

    with open_project(args.project) as project:
        index_for(project).rebuild()
    print(f"{args.project}: search index rebuilt")
    return 0
