"""Menu actions: redact selection (undoable), withdraw informant (stack cleared). Linking key: test_key_dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMainWindow, QMenu
from sqlalchemy import select

from app.context import ProjectContext
from app.review.install import install
from app.review.project_actions import WithdrawDialog, withdraw_informant_action
from app.review.redact_action import RedactDialog, redact_selection
from app.workbench import DockRegistry
from coding.services.codes import apply_code, create_code
from coding.store import Project
from coding.store.models import Informant, Segment, Transcript
from tests.privacy_helpers import make_transcript


class FakeWindow(QMainWindow, DockRegistry):
    def __init__(self, project: Project) -> None:
        QMainWindow.__init__(self)
        DockRegistry.__init__(self)
        self.ctx = ProjectContext(project)
        self.menus: dict[str, QMenu] = {}
        self.selection: tuple[int, int, int] | None = None

    def menu(self, name: str) -> QMenu:
        if name not in self.menus:
            self.menus[name] = self.menuBar().addMenu(name)
        return self.menus[name]

    def current_selection(self) -> tuple[int, int, int] | None:
        return self.selection


def answered(cls: Any, shots: Path, setup: Any = None) -> Any:
    """A dialog factory that builds the real dialog, screenshots it and accepts it."""

    def factory(*args: Any) -> Any:
        dlg = cls(*args)
        if setup:
            setup(dlg)
        dlg.grab().save(str(shots))
        dlg.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dlg

    return factory


def test_install_adds_actions(qtbot: Any, project: Project) -> None:
    w = FakeWindow(project)
    qtbot.addWidget(w)
    install(w)
    assert [a.text() for a in w.menu("Edit").actions()] == ["Redact selection…"]
    assert [a.text() for a in w.menu("Project").actions()] == ["Withdraw informant…", "Linking key…",
                                                               "Identifier lists…"]


def test_redact_selection_is_undoable(qtbot: Any, project: Project, tmp_path: Path) -> None:
    tid = make_transcript(project, "t", [("I", ["Hvor bodde du?"]), ("A", ["Jeg bodde i Levanger.", "Levanger er fint."])])
    code = create_code(project, "sted").value
    with project.read() as s:
        text = s.scalar(select(Transcript.text))
    assert text is not None
    seg = apply_code(project, tid, text.index("Levanger er"), len(text), code).value
    w = FakeWindow(project)
    qtbot.addWidget(w)
    a = text.index("Levanger")
    w.selection = (tid, a, a + len("Levanger"))

    def choose_place(d: RedactDialog) -> None:
        d.category.setCurrentIndex(d.category.findData("place"))

    assert redact_selection(w, answered(RedactDialog, tmp_path / "redact.png", choose_place))
    with project.read() as s:
        new = s.scalar(select(Transcript.text))
        sg = s.get(Segment, seg)
        assert new is not None and sg is not None
        assert new.endswith("Jeg bodde i [sted 1]. [sted 1] er fint.")
        assert new[sg.start:sg.end] == "[sted 1] er fint."
    assert w.ctx.undo_stack.count() == 1
    w.ctx.undo_stack.undo()
    with project.read() as s:
        assert s.scalar(select(Transcript.text)) == text
    assert (tmp_path / "redact.png").stat().st_size > 0


def test_withdraw_action_clears_undo(qtbot: Any, project: Project, tmp_path: Path) -> None:
    make_transcript(project, "Intervju A", [("A", ["Hei."])], "A")
    make_transcript(project, "Intervju B", [("B", ["Hallo."])], "B")
    w = FakeWindow(project)
    qtbot.addWidget(w)
    w.ctx.run("code", create_code, "x")
    assert w.ctx.undo_stack.count() == 1

    def pick_b(d: WithdrawDialog) -> None:
        d.informant.setCurrentText("B")
        assert "Intervju B" in d.details.text() and "cannot be undone" in d.details.text()

    assert withdraw_informant_action(w, answered(WithdrawDialog, tmp_path / "withdraw.png", pick_b))
    assert w.ctx.undo_stack.count() == 0
    with project.read() as s:
        assert list(s.scalars(select(Informant.label))) == ["A"]
