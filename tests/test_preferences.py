"""Edit ▸ Preferences…: every choice is stored where it belongs and takes effect."""

from __future__ import annotations

from app import settings
from app.context import ProjectContext
from app.window.preferences import PreferencesDialog
from coding.store import Project
from coding.store.backup import keep_setting


def test_preferences_are_saved_and_applied(qtbot, project: Project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.reader.view import CodingView

    ctx = ProjectContext(project)
    view = CodingView()
    qtbot.addWidget(view)
    dlg = PreferencesDialog(ctx, view)
    qtbot.addWidget(dlg)
    assert dlg.skip_interviewer.isChecked() and dlg.backups.value() == 10
    dlg.language.setCurrentIndex(dlg.language.findData("nb"))
    dlg.coder.setText(" TS ")
    dlg.key_folder.setText(str(tmp_path / "keys"))
    dlg.backups.setValue(4)
    dlg.font_pt.setValue(15)
    dlg.skip_interviewer.setChecked(False)
    dlg.undo.setValue(50)
    assert dlg.save()
    assert settings.settings().value("ui/language") == "nb" and settings.coder() == "TS" and ctx.coder == "TS"
    assert settings.key_folder() == str(tmp_path / "keys")
    assert keep_setting(project) == 4 and ctx.undo_stack.count() == 1
    assert view.editor.font().pointSizeF() == 15
    assert not settings.jk_skip_interviewer() and settings.undo_limit() == 50


def test_preferences_without_a_project(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = PreferencesDialog(None)
    qtbot.addWidget(dlg)
    assert not dlg.backups.isEnabled()
    assert dlg.save()
