"""``make translations``: update ``resources/translations/kondens_nb.ts`` from the sources and compile ``.qm``.

The ``.ts`` file is the one catalogue: translations are written there (by hand, in Qt Linguist, or by
``--fill``), never in a second dictionary in the code. Steps: pyside6-lupdate over every Python file under
``app/`` (keeps existing translations, drops obsolete ones), then ``--fill FILE.json ...`` (a one-off batch
of new translations, ``{"English source": "Bokmål"}``, applied to entries still unfinished), then
pyside6-lrelease. Usage: ``python -m app.i18n_build [--fill FILE.json ...] [--todo]``.

The Qt-free layers (``coding/``, ``transcripts/``, ``exports/``) cannot call ``tr``: they mark their message
templates with ``N_("…")`` (``coding.errors``). :func:`extract_messages` finds those markers with an AST walk
and hands them to lupdate as context ``messages`` of the same catalogue (``app.i18n.tr_error`` looks them up
there), so they are kept, translated and reported by ``--todo`` like every other entry.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from app.i18n import MESSAGES, TRANSLATIONS

APP = Path(__file__).resolve().parent
ROOT = APP.parent
MESSAGE_LAYERS = ("coding", "transcripts", "exports")  # Qt-free: messages marked with N_
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


def extract_messages(root: Path = ROOT) -> dict[str, list[tuple[str, int]]]:
    """Every ``N_("literal")`` template under the Qt-free layers -> its (path relative to ``root``, line)s."""
    out: dict[str, list[tuple[str, int]]] = {}
    for layer in MESSAGE_LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            rel = path.relative_to(root).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=rel)):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    out.setdefault(node.args[0].value, []).append((rel, node.lineno))
    return out


def _messages_source(messages: dict[str, list[tuple[str, int]]]) -> str:
    """A Python file lupdate reads: line ``i + 2`` translates the ``i``-th template."""
    lines = ["from PySide6.QtCore import QCoreApplication"]
    for template in messages:
        lines.append(f"QCoreApplication.translate({MESSAGES!r}, {json.dumps(template, ensure_ascii=False)})")
    return "\n".join(lines) + "\n"


def _relocate(ts: Path, generated: Path, messages: dict[str, list[tuple[str, int]]]) -> None:
    """Point the locations lupdate wrote for the generated file at the real ``N_`` call sites."""
    tree = ET.parse(ts)
    rel_root = Path("../../")  # the catalogue sits in resources/translations/
    by_line = {i + 2: sites for i, sites in enumerate(messages.values())}
    for ctx in tree.iter("context"):
        if ctx.findtext("name") != MESSAGES:
            continue
        for msg in ctx.iter("message"):
            locs = msg.findall("location")
            ours = [loc for loc in locs if Path(loc.get("filename", "")).name == generated.name]
            if not ours:
                continue
            sites = by_line.get(int(ours[0].get("line", "0")), [])
            at = list(msg).index(ours[0])
            for loc in ours:
                msg.remove(loc)
            for k, (rel, line) in enumerate(sites):
                el = ET.Element("location", filename=(rel_root / rel).as_posix(), line=str(line))
                el.tail = ours[0].tail
                msg.insert(at + k, el)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def update(ts: Path = TS) -> None:
    sources = sorted(str(p) for p in APP.rglob("*.py") if "__pycache__" not in p.parts)
    messages = extract_messages()
    with tempfile.TemporaryDirectory(prefix="kondens-i18n-") as tmp:
        generated = Path(tmp) / "kondens_marked_messages.py"
        generated.write_text(_messages_source(messages), encoding="utf-8")
        subprocess.run([_tool("lupdate"), *sources, str(generated), "-ts", str(ts), "-target-language", "nb_NO",
                        "-no-obsolete"], check=True, stdout=subprocess.DEVNULL)
        _relocate(ts, generated, messages)


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
