"""``make translations``: update ``resources/translations/kondens_nb.ts`` from the sources and compile ``.qm``.

Runs pyside6-lupdate over every Python file under ``app/`` (keeps existing translations), fills untranslated
entries known in :mod:`app.i18n_nb`, then pyside6-lrelease. Usage: ``python -m app.i18n_build``.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.i18n import TRANSLATIONS
from app.i18n_nb import NB

APP = Path(__file__).resolve().parent


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def fill(ts: Path, table: dict[str, str]) -> int:
    tree = ET.parse(ts)
    n = 0
    for msg in tree.iter("message"):
        src, tr = msg.find("source"), msg.find("translation")
        if src is None or tr is None or src.text not in table:
            continue
        if tr.get("type") == "unfinished" and not (tr.text or "").strip():
            tr.text = table[src.text]
            tr.attrib.pop("type", None)
            n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts = TRANSLATIONS / "kondens_nb.ts"
    sources = sorted(str(p) for p in APP.rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(ts), "-target-language", "nb_NO", "-no-obsolete"],
                   check=True, stdout=subprocess.DEVNULL)
    tables = dict(NB)
    for extra in sorted(APP.glob("*/i18n_nb.py")):  # each feature's own table, so they merge without conflicts
        tables.update(importlib.import_module(f"app.{extra.parent.name}.i18n_nb").NB)
    print(f"filled {fill(ts, tables)} entries")
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
