"""Startup stays light: ``kondens --version`` and simple commands load neither Qt, openpyxl, python-docx nor
Alembic; opening a project whose schema is current does not import Alembic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("PySide6", "openpyxl", "docx", "alembic")

_PROBE = """
import json, sys
from app.cli.main import main
try:
    rc = main(sys.argv[1:])
except SystemExit as e:
    rc = e.code
print("MODULES " + json.dumps(sorted({m.split('.')[0] for m in sys.modules})))
"""


def loaded(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    line = next(x for x in out.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_version_loads_nothing_heavy() -> None:
    mods = loaded("--version")
    assert not mods & {*HEAVY, "sqlalchemy", "whoosh"}, mods & {*HEAVY, "sqlalchemy", "whoosh"}


def test_info_on_a_current_project_skips_alembic_and_qt(tmp_path: Path) -> None:
    from coding.store import Project

    Project.create(tmp_path / "p.kondens").close()
    mods = loaded("info", str(tmp_path / "p.kondens"))
    assert not mods & set(HEAVY), mods & set(HEAVY)


def test_migration_heads_read_without_alembic_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from coding.store import migrate

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revisions() == frozenset(script.get_heads())
    assert migrate.known_revisions() == frozenset(r.revision for r in script.walk_revisions())


def test_choices_repeated_in_the_cli_agree_with_their_sources() -> None:
    from app.cli import cmd_export, cmd_privacy, cmd_review
    from coding.supervision.files import REVIEW_SUFFIX
    from exports.quote_format import REF_FORMATS
    from exports.tables import LANGS
    from transcripts.deid.types import CATEGORIES

    assert cmd_export.REF_FORMATS == REF_FORMATS
    assert cmd_export.LANGS == LANGS
    assert cmd_privacy.CATEGORIES == CATEGORIES
    assert cmd_review.REVIEW_SUFFIX == REVIEW_SUFFIX


def test_new_adds_the_kondens_ending(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli.main import main

    assert main(["new", str(tmp_path / "Masteroppgave"), "--no-key"]) == 0
    assert (tmp_path / "Masteroppgave.kondens" / "project.db").is_file()
    assert not (tmp_path / "Masteroppgave").exists()
    assert capsys.readouterr().out.strip().endswith("Masteroppgave.kondens")


_WINDOW_PROBE = """
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.main_window import MainWindow
w = MainWindow()
print("MODULES " + json.dumps(sorted({m.split('.')[0] for m in sys.modules})))
"""


def test_main_window_defers_export_and_agreement_libraries(tmp_path: Path) -> None:
    """Building the window with every plug-in loads none of the libraries only an export or an agreement
    computation needs (they load with their first use)."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KONDENS_CONFIG_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", _WINDOW_PROBE], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1], env=env).stdout
    line = next(x for x in out.splitlines() if x.startswith("MODULES "))
    mods = set(json.loads(line.removeprefix("MODULES ")))
    late = {"openpyxl", "docx", "numpy", "krippendorff", "lxml", "alembic"}
    assert "PySide6" in mods and not mods & late, mods & late


_GUI_PROBE = """
import json, sys
import app.main_window as mw
seen = []
setup = mw.MainWindow.finish_setup
def finish_setup(self):
    if not self._ready:  # the deferred call, after the first paint: what had been imported until then
        seen.append([self.isVisible(), sorted({m.split('.')[0] for m in sys.modules}
                                              | {m for m in sys.modules if m.startswith('app.')})])
    setup(self)
mw.MainWindow.finish_setup = finish_setup
import app.window.startup as st
st.run_gui(None)
print("FIRST " + json.dumps(seen[0] if seen else None))
"""


def test_the_first_window_paints_before_the_store_and_the_plugins_are_imported(tmp_path: Path) -> None:
    """``kondens gui`` without a project: the window (menus, welcome page) is painted before SQLAlchemy,
    Alembic, whoosh or any plug-in is imported; then the coding view and the plug-ins come in."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KONDENS_QUIT_AFTER_SHOW="1", KONDENS_CONFIG_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", _GUI_PROBE], capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    out = proc.stdout.splitlines()
    assert "KONDENS_SHOWN" in proc.stdout and "KONDENS_READY" in proc.stdout, proc.stderr[-2000:]
    assert [x.split()[0] for x in out if x.startswith("KONDENS_")] == ["KONDENS_SHOWN", "KONDENS_READY"]
    shown, mods = json.loads(next(x for x in out if x.startswith("FIRST ")).removeprefix("FIRST "))
    first = set(mods)
    assert shown and "PySide6" in first
    assert not first & {"sqlalchemy", "alembic", "whoosh", "openpyxl", "docx"}, first
    assert not {m for m in first if m.startswith("app.") and m.endswith((".install", ".dock"))}, first
