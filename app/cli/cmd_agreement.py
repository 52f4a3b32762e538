"""``kondens agreement PROJECT --coders A B | --passes 1 2 [--unit line|turn] [--units coded|all] [--json]``.

Figures as defined in :mod:`coding.agreement`: per code and overall, percent agreement, Cohen's kappa and
Krippendorff's alpha (nominal), each with its number of units. The text output shows the chosen treatment
of units and, beneath it, the other one, so a figure cannot silently inflate. ``--out FILE.csv|.xlsx``
also writes the agreement table (both treatments).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from coding.errors import KondensError

if TYPE_CHECKING:
    from coding.agreement import Rater


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("agreement", help="agreement of two coders or two passes (kappa, alpha) per code")
    p.add_argument("project")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--coders", nargs=2, metavar=("A", "B"), help="compare two coders")
    who.add_argument("--passes", nargs=2, type=int, metavar=("1", "2"), help="compare two coding passes")
    p.add_argument("--coder", help="with --passes: only this coder's segments")
    p.add_argument("--unit", choices=["line", "turn"], default="line", help="unit of agreement (default line)")
    p.add_argument("--units", choices=["coded", "all"], default="coded",
                   help="coded (default): units at least one rater coded; all: every unit")
    p.add_argument("--transcript", action="append", default=[], metavar="TITLE",
                   help="only this transcript (title or informant pseudonym; repeatable)")
    p.add_argument("--code", action="append", default=[], metavar="NAME", help="only this code (repeatable)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--out", help="also write the agreement table (.csv or .xlsx)")
    p.set_defaults(func=_run)


def raters_from(args: argparse.Namespace) -> tuple[Rater, Rater]:
    from coding.agreement import Rater

    if args.coders:
        if args.coder:
            raise KondensError("--coder goes with --passes")
        return Rater(coder=args.coders[0]), Rater(coder=args.coders[1])
    return Rater(args.coder, args.passes[0]), Rater(args.coder, args.passes[1])


def _fmt(v: float | None, pct: bool = False) -> str:
    if v is None:
        return "–"
    return f"{v * 100:.1f} %" if pct else f"{v:.3f}"


def _run(args: argparse.Namespace) -> int:
    from coding import queries
    from coding.agreement import compute
    from transcripts.workspace import open_project

    a, b = raters_from(args)
    with open_project(args.project, readonly=True) as project:
        tids = None
        if args.transcript:
            wanted = {t.casefold() for t in args.transcript}
            tids = [t.id for t in queries.transcript_summaries(project)
                    if t.title.casefold() in wanted or (t.informant_label or "").casefold() in wanted]
            if not tids:
                raise KondensError("no transcript matches " + ", ".join(args.transcript))
        cids = None
        if args.code:
            wanted = {c.casefold() for c in args.code}
            cids = [c.id for c in queries.codes(project) if c.name.casefold() in wanted]
            if not cids:
                raise KondensError("no code matches " + ", ".join(args.code))
        ag = compute(project, a, b, unit=args.unit, transcript_ids=tids, code_ids=cids)
        if args.out:
            from exports.agreement_report import write_agreement_table

            write_agreement_table(ag, args.out, project.name)
    res = ag.result(args.units)
    if args.json:
        print(json.dumps(res.as_json(args.unit), ensure_ascii=False))
        return 0
    other = ag.result("all" if args.units == "coded" else "coded")
    unit_word = {"line": "lines", "turn": "turns"}[args.unit]
    scope = {"coded": f"{unit_word} at least one rater coded", "all": f"all {unit_word}"}
    print(f"{a.label} vs {b.label} · unit: {args.unit} · {scope[args.units]} (n = {res.n_units})")
    width = max([len(c.code) for c in res.codes] + [10])
    print(f"{'code':{width}}  {'n':>6}  {'agreement':>9}  {'kappa':>7}  {'alpha':>7}")
    for c in res.codes:
        f = c.figures
        print(f"{c.code:{width}}  {f.n:>6}  {_fmt(f.agreement, True):>9}  {_fmt(f.kappa):>7}  {_fmt(f.alpha):>7}")
    for r, label in ((res, scope[args.units]), (other, scope[other.units])):
        o = r.overall
        print(f"overall over {label}: n = {o.figures.n} (unit, code) pairs, agreement {_fmt(o.figures.agreement, True)}, "
              f"kappa {_fmt(o.figures.kappa)}, alpha {_fmt(o.figures.alpha)}, mean kappa {_fmt(o.mean_kappa)}")
    if args.out:
        print(args.out)
    return 0
