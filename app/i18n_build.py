"""``make translations``: update ``resources/translations/kondens_nb.ts`` from the sources and compile ``.qm``.

The ``.ts`` file is the one catalogue: translations are written there (by hand, in Qt Linguist, or by
``--fill``), never in a second dictionary in the code. Steps: pyside6-lupdate over every Python file under
``app/`` (keeps existing translations, drops obsolete ones), then ``--fill FILE.json ...`` (a one-off batch
of new translations, ``{"English source": "Bokmål"}``, applied to entries still unfinished), then
pyside6-lrelease. Usage: ``python -m app.i18n_build [--fill FILE.json ...]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.i18n import TRANSLATIONS

APP = Path(__file__).resolve().parent
TS = TRANSLATIONS / "kondens_nb.ts"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def fill(ts: Path, table: dict[str, str]) -> int:
    """Write ``table``'s translation into every unfinished entry with that source (never over a finished
    one, which a translator may have checked); returns how many."""
    tree = ET.parse(ts)
    n = 0
    for msg in tree.iter("message"):
        src, tr = msg.find("source"), msg.find("translation")
        if src is None or tr is None or src.text not in table:
            continue
        if tr.get("type") == "unfinished":  # empty, or lupdate's guess from another context: ours wins
            tr.text = table[src.text]
            tr.attrib.pop("type", None)
            n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every entry without a translation."""
    out = []
    for ctx in ET.parse(ts).iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                out.append((name, msg.findtext("source") or ""))
    return out


def update(ts: Path = TS) -> None:
    sources = sorted(str(p) for p in APP.rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(ts), "-target-language", "nb_NO", "-no-obsolete"],
                   check=True, stdout=subprocess.DEVNULL)


def release(ts: Path = TS) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m app.i18n_build")
    ap.add_argument("--fill", nargs="*", default=[], metavar="FILE.json")
    ap.add_argument("--todo", action="store_true", help="list the entries still without a translation")
    args = ap.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    update()
    for f in args.fill:
        table = json.loads(Path(f).read_text(encoding="utf-8"))
        print(f"{f}: filled {fill(TS, {str(k): str(v) for k, v in table.items()})} entries")
    release()
    todo = unfinished()
    print(f"{len(todo)} entries without a translation")
    if args.todo:
        for ctx, src in todo:
            print(f"{ctx}\t{src!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
