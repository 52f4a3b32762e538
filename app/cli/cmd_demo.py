"""``kondens demo [DIR] [--no-gui]``: build (if missing) DIR/Demo.kondens from ``resources/demo`` and open it.

The demo goes through the real import pipeline (readers, turns, de-identification, lines), then
:func:`coding.demo_analysis.build_analysis` carries out a finished small analysis through the real
services (two coding passes, theme areas with subgroups, condensates, golden quotes, memos, reflection
notes, snapshots, member-check statuses). Qt is imported only when the GUI is opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coding.errors import KondensError

DEMO_SOURCES = Path(__file__).resolve().parents[2] / "resources" / "demo"
PROJECT_NAME = "Demo.kondens"

# Interview order: the informants get their letters (A–D) in this order.
DEMO_ORDER = ("intervju_jonas.txt", "intervju_sara.txt", "intervju_ahmed.docx.txt", "intervju_hilde.txt")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="build (if missing) and open the demo project")
    p.add_argument("dir", nargs="?", default="demo", help="folder for the demo project (default ./demo)")
    p.add_argument("--no-gui", action="store_true", help="only build the demo and print its path")
    p.set_defaults(func=_demo)


def _build_docx(source: Path, target: Path) -> None:
    """First line a heading, then a two-column speaker table (``Label: text`` per line)."""
    import docx

    lines = [ln for ln in source.read_text(encoding="utf-8").splitlines() if ln.strip()]
    d = docx.Document()
    d.core_properties.author = "Kondens demo"
    d.add_heading(lines[0], level=1)
    table = d.add_table(rows=0, cols=2)
    for ln in lines[1:]:
        who, _, text = ln.partition(": ")
        row = table.add_row().cells
        row[0].text, row[1].text = who, text
    d.save(str(target))


def demo_files(folder: Path) -> list[Path]:
    """The demo's source files; the Word document is built into ``folder`` from its text source."""
    present = {f.name: f for f in DEMO_SOURCES.glob("intervju_*.txt")}
    files = [present.pop(n) for n in DEMO_ORDER if n in present] + sorted(present.values())
    out: list[Path] = []
    for f in files:
        if f.name.endswith(".docx.txt"):
            target = folder / f.name.removesuffix(".txt")
            if not target.exists():
                _build_docx(f, target)
            out.append(target)
        else:
            out.append(f)
    return out


def build_demo(folder: str | Path) -> Path:
    """Build ``folder/Demo.kondens`` if it does not exist; returns its path."""
    from coding.demo_analysis import build_analysis
    from transcripts.importing import import_files
    from transcripts.workspace import create_project

    root = Path(folder)
    target = root / PROJECT_NAME
    if target.exists():
        return target
    if root.exists() and not root.is_dir():
        raise KondensError(f"{root}: is a file; name a folder for the demo project")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KondensError(f"{root}: cannot create the demo folder ({e.strerror})") from None
    sources = root / "kilder"  # the demo's synthetic input files, kept beside the project for the curious
    sources.mkdir(exist_ok=True)
    files = demo_files(sources)
    tmp = root / (PROJECT_NAME + ".building")
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    project = create_project(tmp)
    try:
        # One batch: the search index is written once, for the imported and analysed demo together.
        with project.batch():
            results = import_files(project, files, yes=True)
            failed = [r.error for r in results if not r.ok]
            if failed:
                raise KondensError("demo import failed: " + "; ".join(str(e) for e in failed))
            build_analysis(project)
    finally:
        project.close()
    tmp.rename(target)  # a half-built demo never looks finished
    return target


def _demo(args: argparse.Namespace) -> int:
    path = build_demo(args.dir)
    print(path)
    if args.no_gui:
        return 0
    from app.window.startup import run_gui

    return int(run_gui(str(path)) or 0)
