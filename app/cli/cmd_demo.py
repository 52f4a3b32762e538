"""``kondens demo [DIR] [--no-gui]``: build (if missing) DIR/Demo.kondens from ``resources/demo`` and open it.

The demo goes through the real import pipeline (readers, turns, de-identification, lines), then gets a
few codes and coded segments so it looks alive. Qt is imported only when the GUI is opened.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from coding.errors import KondensError

DEMO_SOURCES = Path(__file__).resolve().parents[2] / "resources" / "demo"
PROJECT_NAME = "Demo.kondens"

# (code, colour, a phrase in the demo speech it is applied to — the whole sentence around it is coded)
DEMO_CODES = [
    ("Mestring", "#59a14f", ["fått nye ører", "stemmen min tilbake", "Nå synger jeg", "viktig uten å stå foran"]),
    ("Fellesskap", "#4e79a7", ["stille forståelse", "det er oss", "Jeg vil ikke svikte de andre"]),
    ("Trygghet i rammene", "#f28e2b", ["ikke fantes noe som het å spille feil", "musikken har en struktur",
                                       "En spiller, de andre lytter"]),
    ("Bekymring for tilbudet", "#e15759", ["prosjektpengene tar slutt", "klubben må få fortsette",
                                           "At det varte lenger"]),
    ("Følelser uttrykt i musikk", "#b07aa1", ["sinte trommeslag", "sier ting i en tekst"]),
]


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
    files = sorted(DEMO_SOURCES.glob("intervju_*.txt"))
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


def _code_demo(project: object) -> None:
    from sqlalchemy import select

    from coding.services.codes import apply_code, create_code
    from coding.store import Project
    from coding.store.models import Line, Transcript

    assert isinstance(project, Project)
    with project.read() as s:
        texts = {t.id: t.text for t in s.scalars(select(Transcript))}
        lines = [(ln.transcript_id, ln.start, ln.end) for ln in s.scalars(select(Line))]
    for name, color, phrases in DEMO_CODES:
        code_id = create_code(project, name, color=color).value
        for phrase in phrases:
            for tid, text in texts.items():
                m = re.search(re.escape(phrase), text)
                if not m:
                    continue
                line = next(((a, b) for t, a, b in lines if t == tid and a <= m.start() < b), None)
                if line:
                    apply_code(project, tid, line[0], line[1], int(code_id), coder="demo")


def build_demo(folder: str | Path) -> Path:
    """Build ``folder/Demo.kondens`` if it does not exist; returns its path."""
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
        results = import_files(project, files, yes=True)
        failed = [r.error for r in results if not r.ok]
        if failed:
            raise KondensError("demo import failed: " + "; ".join(str(e) for e in failed))
        _code_demo(project)
    finally:
        project.close()
    tmp.rename(target)  # a half-built demo never looks finished
    return target


def _demo(args: argparse.Namespace) -> int:
    path = build_demo(args.dir)
    print(path)
    if args.no_gui:
        return 0
    from app.main_window import run_gui

    return int(run_gui(str(path)) or 0)
