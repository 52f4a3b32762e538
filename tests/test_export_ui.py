"""Quotes dock and export menu: model checked with qtmodeltester, status edit through ctx.run (undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu
from sqlalchemy import select

from app.context import ProjectContext
from app.exports.install import install
from app.exports.quotes_model import STATUS_COL, QuotesModel
from coding.store import Project
from coding.store.models import Quote
from exports.data import load_quotes
from tests.test_export_quotes import build


class FakeWindow(QMainWindow):
    context_changed = Signal(object)

    def __init__(self, ctx: ProjectContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._menus: dict[str, QMenu] = {}

    def menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]

    def add_dock(self, dock, area) -> None:  # noqa: ANN001
        self.addDockWidget(area, dock)


def test_quotes_model_passes_modeltester(qtmodeltester, project: Project) -> None:
    build(project)
    model = QuotesModel(lambda qid, st: None)
    model.set_rows(load_quotes(project, include_withdrawn=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_dock_status_edit_is_undoable_and_menu_installed(qtbot, project: Project, tmp_path: Path) -> None:
    ids = build(project)
    ctx = ProjectContext(project)
    win = FakeWindow(ctx)
    qtbot.addWidget(win)
    acts = install(win)
    titles = [a.text() for a in win.menu("Export").actions() if a.text()]
    assert titles == ["Quote set…", "Member check…", "Supervisor report…", "Segments…", "Matrix…",
                      "REFI-QDA project…", "Codebook…", "Quote list…"]
    assert [a.text() for a in win.menu("File").actions()] == ["Import REFI-QDA…"]
    dock = acts.dock
    model = dock.model
    row = next(i for i in range(model.rowCount()) if model.row(i).quote_id == ids["q1"])
    assert model.setData(model.index(row, STATUS_COL), "approved", Qt.ItemDataRole.EditRole)
    with project.read() as s:
        assert s.get(Quote, ids["q1"]).status == "approved"
    ctx.undo_stack.undo()
    with project.read() as s:
        assert s.get(Quote, ids["q1"]).status == "not_sent"
    assert model.data(model.index(row, STATUS_COL)) == "not sent"  # refreshed by project_changed
    win.resize(1100, 420)
    win.show()
    qtbot.waitExposed(win)
    win.grab().save(str(tmp_path / "quotes_dock.png"))
    win.grab().save("/tmp/kondens_quotes_dock.png")
    assert (tmp_path / "quotes_dock.png").stat().st_size > 0
    with project.read() as s:
        assert len(list(s.scalars(select(Quote)))) == 3
