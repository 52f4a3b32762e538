"""Backups, restore, the one-writer lock and autosaved drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coding import queries
from coding.services import codes as code_svc
from coding.services.drafts import discard_draft, get_draft, pending_drafts, save_draft
from coding.store import Project
from coding.store.backup import list_backups, restore_backup, rotate, take_backup
from coding.store.lock import LOCK_NAME, ProjectLocked, read_lock
from transcripts.workspace import open_project

KONDENS = [sys.executable, "-m", "app.cli.main"]


def test_backup_on_open_rotates(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "b.kondens")
    code_svc.create_code(p, "trivsel")
    p.close()
    for _ in range(4):
        open_project(tmp_path / "b.kondens").close()
    infos = list_backups(tmp_path / "b.kondens")
    assert len(infos) == 4 and all(b.codes == 1 and b.reason == "open" for b in infos)
    rotate(tmp_path / "b.kondens", 2)
    assert len(list_backups(tmp_path / "b.kondens")) == 2


def test_restore_brings_back_old_state(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "r.kondens")
    code_svc.create_code(p, "før")
    backup = take_backup(p, "open")
    code_svc.create_code(p, "etter")
    p.close()
    safety = restore_backup(tmp_path / "r.kondens", backup)
    with Project.open(tmp_path / "r.kondens") as p2:
        assert [c.name for c in queries.codes(p2)] == ["før"]
        assert queries.integrity_ok(p2)
    assert safety.exists()


def test_restore_cli(tmp_path: Path) -> None:
    proj = tmp_path / "c.kondens"
    p = Project.create(proj)
    backup = take_backup(p, "open")
    code_svc.create_code(p, "ny")
    p.close()
    out = subprocess.run(KONDENS + ["restore", str(proj), backup.name], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    info = json.loads(subprocess.run(KONDENS + ["info", str(proj), "--json"], capture_output=True, text=True).stdout)
    assert info["codes"] == 0
    bad = subprocess.run(KONDENS + ["restore", str(proj), "nope.db"], capture_output=True, text=True)
    assert bad.returncode == 2 and "no such backup" in bad.stderr


def test_second_process_is_refused_and_can_read(tmp_path: Path) -> None:
    proj = tmp_path / "l.kondens"
    p = Project.create(proj)
    code = f"from coding.store import Project; Project.open(r'{proj}')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "already open by" in out.stderr and "ProjectLocked" in out.stderr
    info = subprocess.run(KONDENS + ["info", str(proj), "--json"], capture_output=True, text=True)
    assert info.returncode == 0  # read-only access still works
    p.close()
    assert not (proj / LOCK_NAME).exists()
    ok = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr


def test_stale_lock_after_crash_is_taken_over(tmp_path: Path) -> None:
    proj = tmp_path / "s.kondens"
    Project.create(proj).close()
    # A process that opened the project and died without releasing it.
    dead = subprocess.run([sys.executable, "-c",
                           f"import os; from coding.store import Project; Project.open(r'{proj}'); os._exit(0)"])
    assert dead.returncode == 0
    holder = read_lock(proj)
    assert holder is not None and holder.pid != os.getpid()
    with Project.open(proj) as p:
        assert read_lock(proj).pid == os.getpid()
        assert queries.integrity_ok(p)


def test_live_foreign_lock_raises(tmp_path: Path) -> None:
    proj = tmp_path / "f.kondens"
    Project.create(proj).close()
    child = subprocess.Popen([sys.executable, "-c", f"import time; from coding.store import Project; "
                              f"Project.open(r'{proj}'); print('ready', flush=True); time.sleep(30)"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        with pytest.raises(ProjectLocked, match="already open by"):
            Project.open(proj)
        with Project.open(proj, readonly=True) as ro:
            assert queries.project_info(ro).codes == 0
    finally:
        child.kill()
        child.wait()


def test_drafts_survive_reopen_and_are_not_undoable(project: Project) -> None:
    save_draft(project, "memo:1", "halvferdig tanke")
    save_draft(project, "memo:1", "halvferdig tanke om musikk")
    created = code_svc.create_code(project, "x")
    project.revert(created)  # undoing other work never touches drafts
    assert get_draft(project, "memo:1") == "halvferdig tanke om musikk"
    path = project.path
    project.close()
    with Project.open(path) as p:
        assert get_draft(p, "memo:1") == "halvferdig tanke om musikk"
        assert pending_drafts(p) == {"memo:1": "halvferdig tanke om musikk"}
        discard_draft(p, "memo:1")
        assert get_draft(p, "memo:1") is None


def test_gui_offers_read_only_when_another_process_writes(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.main_window import MainWindow

    proj = tmp_path / "g.kondens"
    Project.create(proj).close()
    child = subprocess.Popen([sys.executable, "-c", f"import time; from coding.store import Project; "
                              f"Project.open(r'{proj}'); print('ready', flush=True); time.sleep(30)"],
                             stdout=subprocess.PIPE, text=True)
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.open_path(proj)
        assert asked and "already open by" in asked[0] and "since" in asked[0]
        assert w.ctx is not None and w.ctx.readonly
        w.close()
    finally:
        child.kill()
        child.wait()
