"""File → Restore from backup…: the dialog lists backups with counts; restoring reopens the old state."""

from __future__ import annotations

from pathlib import Path

from app.backups.dialog import BackupModel, RestoreDialog
from app.backups.install import restore_into
from coding import queries
from coding.services import codes as code_svc
from coding.store import Project
from coding.store.backup import list_backups


def test_restore_from_backup_in_the_window(qtbot, qtmodeltester, tmp_path: Path) -> None:
    from app.main_window import MainWindow

    proj = tmp_path / "w.kondens"
    p = Project.create(proj)
    code_svc.create_code(p, "første")
    p.close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(proj)  # opening takes a backup holding one code
    w.ctx.run("New code", code_svc.create_code, "andre")
    assert len(queries.codes(w.ctx.project)) == 2

    dialog = RestoreDialog(proj, w)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 3).data() == 1
    chosen = dialog.chosen()
    assert chosen is not None
    assert restore_into(w, chosen.path)
    assert [c.name for c in queries.codes(w.ctx.project)] == ["første"]
    reasons = sorted(b.reason for b in list_backups(proj))
    assert "pre-restore" in reasons
    w.close()


def test_backup_model_shows_unreadable_counts(qtmodeltester, tmp_path: Path) -> None:
    proj = tmp_path / "u.kondens"
    Project.create(proj).close()
    (proj / "backups").mkdir()
    (proj / "backups" / "project-20250101-120000-000001-open.db").write_bytes(b"garbage")
    model = BackupModel(list_backups(proj))
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "?"
