"""``kondens export …``: quote sets, member checks, reports, spreadsheets, REFI-QDA, codebooks.

Every export reads stored, de-identified text only. ``--key FILE`` (the linking key, kept outside the
project) turns on the known-identifier check: the export is refused, listing the hits, if one appears.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coding.errors import KondensError

# The choices of exports.quote_format.REF_FORMATS and exports.tables.LANGS, repeated here so that building
# the parser does not import openpyxl and python-docx (tests/test_cli_startup.py checks they agree).
REF_FORMATS = ("full", "informant", "label", "none")
LANGS = ("nb", "en")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export quotes, reports, spreadsheets or a REFI-QDA project")
    ex = p.add_subparsers(dest="what", metavar="WHAT")

    def add(name: str, help_: str, func: object) -> argparse.ArgumentParser:
        sp = ex.add_parser(name, help=help_)
        sp.add_argument("project")
        sp.set_defaults(func=func)
        return sp

    q = add("quotes", "quote set as .docx", _quotes)
    q.add_argument("out")
    q.add_argument("--theme", action="append", default=[], help="theme area or subgroup (repeatable)")
    q.add_argument("--code", action="append", default=[], help="code name (repeatable)")
    q.add_argument("--informant", action="append", default=[], help="only quotes from this pseudonym (repeatable)")
    q.add_argument("--golden", action="store_true", help="only golden quotes")
    q.add_argument("--approved-only", action="store_true")
    q.add_argument("--ref-format", choices=REF_FORMATS, default="full",
                   help="reference after each quote: full (B, l. 212–215), informant (Informant B), label (B), "
                        "none (default full)")
    q.add_argument("--refs", action="store_true", help=argparse.SUPPRESS)  # old flag; references are now default
    q.add_argument("--no-condensates", action="store_true", help="leave out the condensates")
    q.add_argument("--segments", action="store_true", help="use every coded segment, not only quotes")
    m = add("member-check", "member-check packet (.docx) for one informant; marks quotes sent", _member)
    m.add_argument("label")
    m.add_argument("out")
    m.add_argument("--title", help="project title shown to the informant (default: the project name)")
    m.add_argument("--researcher", default="", help="your name, as the informant knows you")
    m.add_argument("--contact", default="", help="e-mail or phone for questions and the reply")
    m.add_argument("--return-by", default="", help="reply deadline, e.g. 2026-03-01")
    r = add("report", "supervisor report (.docx or .html)", _report)
    r.add_argument("out")
    r.add_argument("--extracts", action="store_true", help="every coded extract under its code, with references")
    r.add_argument("--memos", action="store_true", help="memos and reflection notes")
    r.add_argument("--matrix", action="store_true", help="the theme × informant matrix")
    r.add_argument("--since", metavar="SNAPSHOT", help="list the changes since this snapshot (name or id)")
    r.add_argument("--all", action="store_true", help="every optional section (changes only with --since)")
    for sp in (add("segments", "one row per segment (.csv or .xlsx)", _segments),
               add("matrix", "theme × informant matrix (.csv or .xlsx)", _matrix)):
        sp.add_argument("out")
        sp.add_argument("--lang", choices=LANGS, default="nb", help="language of headers and labels (default nb)")
    add("qdpx", "REFI-QDA project (.qdpx)", _qdpx).add_argument("out")
    add("codebook", "REFI-QDA codebook (.qdc)", _codebook).add_argument("out")
    for sp in ex.choices.values():
        sp.add_argument("--key", help="linking key file (passphrase from KONDENS_KEY_PASSPHRASE or asked): "
                                      "refuse the export if a known identifier appears")
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _ids(args: argparse.Namespace) -> list[str] | None:
    from exports.safety import known_identifiers

    if not args.key:
        return None
    from app.cli.passphrase import ask
    from transcripts.deid.linking_key import LinkingKey, peek

    passphrase = ask() if peek(args.key).encrypted else None
    return known_identifiers(LinkingKey.open(args.key, passphrase)) or None


def _quotes(args: argparse.Namespace) -> int:
    from exports.quotes_docx import QuoteSetOptions, write_quote_set
    from transcripts.workspace import open_project

    opts = QuoteSetOptions(theme_names=tuple(args.theme), informants=tuple(args.informant),
                           code_names=tuple(args.code), golden_only=args.golden, approved_only=args.approved_only,
                           ref_format=args.ref_format, condensates=not args.no_condensates,
                           from_segments=args.segments)
    with open_project(args.project, readonly=True) as project:
        n = write_quote_set(project, args.out, opts, _ids(args))
    print(f"{args.out}: {n} quotes")
    return 0


def _member(args: argparse.Namespace) -> int:
    from exports.member_check import MemberCheckInfo, write_member_check
    from transcripts.workspace import open_project

    with open_project(args.project) as project:
        info = MemberCheckInfo(project_title=args.title or project.name, researcher=args.researcher,
                               contact=args.contact, return_by=args.return_by)
        res = write_member_check(project, args.label, args.out, _ids(args), info=info)
    print(f"{args.out}: {res.quotes} quotes for {args.label}, marked sent")
    return 0


def _report(args: argparse.Namespace) -> int:
    from exports.report import ReportOptions, write_report
    from transcripts.workspace import open_project

    if Path(args.out).suffix.lower() not in (".docx", ".html", ".htm"):
        raise KondensError(f"{args.out}: the report is written as .docx or .html")
    with open_project(args.project, readonly=True) as project:
        opts = ReportOptions(extracts=args.extracts or args.all, memos=args.memos or args.all,
                             matrix=args.matrix or args.all, since_snapshot=_snapshot_id(project, args.since))
        write_report(project, args.out, _ids(args), options=opts)
    print(args.out)
    return 0


def _snapshot_id(project: object, wanted: str | None) -> int | None:
    if wanted is None:
        return None
    from coding.snapshots import list_snapshots

    snaps = list_snapshots(project)  # type: ignore[arg-type]
    hits = [s.id for s in snaps if s.name == wanted or str(s.id) == wanted]
    if not hits:
        names = ", ".join(f"{s.id} {s.name!r}" for s in snaps) or "none"
        raise KondensError(f"no snapshot {wanted!r} (snapshots: {names})")
    return hits[-1]


def _segments(args: argparse.Namespace) -> int:
    from exports.tables import write_segments
    from transcripts.workspace import open_project

    with open_project(args.project, readonly=True) as project:
        n = write_segments(project, args.out, _ids(args), lang=args.lang)
    print(f"{args.out}: {n} segments")
    return 0


def _matrix(args: argparse.Namespace) -> int:
    from transcripts.workspace import open_project

    with open_project(args.project, readonly=True) as project:
        if Path(args.out).suffix.lower() == ".xlsx":
            from exports.tables import write_matrix_xlsx

            write_matrix_xlsx(project, args.out, lang=args.lang)
        else:
            from exports.matrix import write_matrix_csv

            write_matrix_csv(project, args.out, lang=args.lang)
    print(args.out)
    return 0


def _qdpx(args: argparse.Namespace) -> int:
    from exports.refi.writer import export_qdpx
    from transcripts.workspace import open_project

    with open_project(args.project, readonly=True) as project:
        rep = export_qdpx(project, args.out, _ids(args))
    print(f"{args.out}: {rep.sources} sources, {rep.codes} codes, {rep.codings} codings, {rep.notes} notes, "
          f"{rep.cases} cases")
    for w in rep.warnings:
        print(f"warning: {w}")
    return 0


def _codebook(args: argparse.Namespace) -> int:
    from exports.refi.codebook import export_codebook
    from transcripts.workspace import open_project

    with open_project(args.project, readonly=True) as project:
        n = export_codebook(project, args.out)
    print(f"{args.out}: {n} codes")
    return 0
