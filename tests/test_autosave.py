"""Text typed into an editor is autosaved (debounced) and can be recovered after a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from app.autosave import AutosaveBinder
from app.context import ProjectContext
from coding.services.drafts import get_draft
from coding.store import Project


def test_typing_is_autosaved_and_recovered(qtbot, tmp_path) -> None:
    project = Project.create(tmp_path / "a.kondens")
    ctx = ProjectContext(project)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    AutosaveBinder(ctx, editor, "theme-summary:1")
    qtbot.keyClicks(editor, "Jeg lærte å ta meg god tid")
    assert get_draft(project, "theme-summary:1") is None  # debounced: nothing yet
    qtbot.waitUntil(lambda: get_draft(project, "theme-summary:1") == "Jeg lærte å ta meg god tid", timeout=3000)
    project.close()  # the "crash": the editor's text was never saved for real

    reopened = Project.open(tmp_path / "a.kondens")
    ctx2 = ProjectContext(reopened)
    editor2 = QPlainTextEdit()
    qtbot.addWidget(editor2)
    binder2 = AutosaveBinder(ctx2, editor2, "theme-summary:1")
    assert binder2.recover("") == "Jeg lærte å ta meg god tid"
    assert binder2.recover("Jeg lærte å ta meg god tid") is None
    binder2.committed()
    assert get_draft(reopened, "theme-summary:1") is None
    reopened.close()
