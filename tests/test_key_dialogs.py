"""GUI of the linking key: new project (passphrase set twice, location shown and movable, or explicitly none),
unlock once per session, Project → Linking key… (create, move, change passphrase, locate), withdraw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.context import ProjectContext
from app.review import key_dialogs
from app.review import key_settings as ks
from app.review.key_dialogs import LinkingKeyDialog, NewKeyDialog, PassphraseDialog, create_project_with_key
from coding.services.key_settings import key_state
from coding.store import Project
from tests.conftest import TEST_PASSPHRASE
from transcripts.deid.linking_key import LinkingKey, key_folder
from transcripts.importing import import_files


def _shot(widget: Any, name: str) -> None:
    """Screenshots for a developer who asks for them (``KONDENS_SHOTS=DIR``); the suite writes nowhere else."""
    folder = os.environ.get("KONDENS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


class Asker:
    """Stands in for the passphrase dialog: answers in turn and records what was asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[bool, str, str]] = []

    def __call__(self, new: bool, message: str, error: str) -> str | None:
        self.calls.append((new, message, error))
        return self.answers.pop(0)


def test_passphrase_dialog_checks_before_closing(qtbot: Any) -> None:
    d = PassphraseDialog(None, "Set a passphrase", new=True)
    qtbot.addWidget(d)
    d.first.setText("short")
    d.second.setText("short")
    d.accept()
    assert "at least 8" in d.error.text() and d.result() == 0
    d.first.setText("long enough one")
    d.second.setText("long enough two")
    d.accept()
    assert "differ" in d.error.text()
    d.second.setText("long enough one")
    d.accept()
    assert d.result() == 1 and d.passphrase() == "long enough one"
    assert d.first.echoMode() == d.first.EchoMode.Password


def test_new_project_creates_a_key_at_the_default_place(qtbot: Any, tmp_path: Path) -> None:
    from transcripts.workspace import create_project

    path = tmp_path / "studie.kondens"
    dlg = NewKeyDialog(None, path, choose_file=lambda start: path / "inside.kondenskey")
    qtbot.addWidget(dlg)
    assert dlg.location.text() == str(key_folder() / f"{dlg.project_id}.kondenskey")  # shown before creating
    dlg.change.click()  # choosing a place inside the project folder is refused
    assert "outside the project" in dlg.error.text() and dlg.key_path.parent == key_folder()
    dlg.first.setText(TEST_PASSPHRASE)
    dlg.second.setText("something else")
    dlg.accept()
    assert "differ" in dlg.error.text() and not path.exists()
    dlg.second.setText(TEST_PASSPHRASE)
    _shot(dlg, "new_project_key.png")
    dlg.accept()
    project = create_project_with_key(None, str(path), create_project, dialog=dlg)
    try:
        st = ks.key_status(project)
        assert st.uses_key and st.found and st.project_id == dlg.project_id
        assert st.path == key_folder() / f"{dlg.project_id}.kondenskey"
        assert ks.unlocked_key(project) is not None  # no second prompt in this session
        assert LinkingKey.open(st.path, TEST_PASSPHRASE).project_id == dlg.project_id
    finally:
        project.close()


def test_new_project_key_somewhere_else(qtbot: Any, tmp_path: Path) -> None:
    from transcripts.workspace import create_project

    where = tmp_path / "usb" / "studie"
    where.parent.mkdir()
    dlg = NewKeyDialog(None, tmp_path / "p.kondens", choose_file=lambda start: where)
    qtbot.addWidget(dlg)
    dlg.change.click()
    assert dlg.location.text() == str(where)
    dlg.first.setText(TEST_PASSPHRASE)
    dlg.second.setText(TEST_PASSPHRASE)
    project = create_project_with_key(None, str(tmp_path / "p.kondens"), create_project, dialog=dlg)
    try:
        assert ks.key_status(project).path == where.resolve() and where.is_file()
    finally:
        project.close()


def test_new_project_without_key_is_explicit(qtbot: Any, tmp_path: Path) -> None:
    from transcripts.workspace import create_project

    dlg = NewKeyDialog(None, tmp_path / "p.kondens")
    qtbot.addWidget(dlg)
    dlg.without_key.setChecked(True)
    assert not dlg.key_fields.isEnabled() and dlg.problem() == ""
    project = create_project_with_key(None, str(tmp_path / "p.kondens"), create_project, dialog=dlg)
    try:
        assert key_state(project).mode == "none" and ks.key_status(project).chosen_none
        assert "tags are numbered per transcript" in ks.key_note(project, None)
        assert not key_folder().exists()
    finally:
        project.close()


def test_unlock_once_per_session_and_retry_on_a_wrong_passphrase(qtbot: Any, project: Project) -> None:
    key = ks.create_project_key(project, TEST_PASSPHRASE)
    ks.lock_all()  # a new session
    ask = Asker("wrong passphrase", TEST_PASSPHRASE)
    got = key_dialogs.ensure_unlocked(None, project, ask)
    assert got is not None and got.path == key.path
    assert [c[0] for c in ask.calls] == [False, False]
    assert ask.calls[0][2] == "" and ask.calls[1][2].startswith("Wrong passphrase") and str(key.path) not in ask.calls[1][2]
    assert key_dialogs.ensure_unlocked(None, project, Asker()) is got  # cached: not asked again
    ks.lock_all()
    assert key_dialogs.ensure_unlocked(None, project, Asker(None)) is None  # cancelled


def test_plaintext_key_gets_a_passphrase_when_unlocked(qtbot: Any, project: Project, tmp_path: Path) -> None:
    legacy = tmp_path / "old.json"
    legacy.write_text(json.dumps({"format": "kondens-linking-key", "version": 1, "mapping": {"person:ola": "[navn 1]"},
                                  "always": ["Ola Nordmann"]}), encoding="utf-8")
    ks._write(ks.LEGACY, {str(project.path.resolve()): str(legacy)})
    ask = Asker(TEST_PASSPHRASE)
    key = key_dialogs.ensure_unlocked(None, project, ask)
    assert key is not None and ask.calls[0][0] is True and "unencrypted" in ask.calls[0][1]
    assert b"Ola" not in legacy.read_bytes()
    assert LinkingKey.open(legacy, TEST_PASSPHRASE).always == ["Ola Nordmann"]
    assert key_state(project).mode == "key" and ks.key_status(project).path == legacy.resolve()


def test_missing_key_says_so_and_tags_fall_back(qtbot: Any, project: Project, monkeypatch) -> None:
    key = ks.create_project_key(project, TEST_PASSPHRASE)
    ks.lock_all()
    key.path.unlink()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert key_dialogs.ensure_unlocked(None, project, Asker()) is None
    assert shown and "Linking key… can locate it" in shown[0]
    assert "locked or missing" in ks.key_note(project, None)


def test_linking_key_dialog_create_move_and_change_passphrase(qtbot: Any, project: Project, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    places = [tmp_path / "here.kondenskey", usb]
    dlg = LinkingKeyDialog(None, project, ask=Asker(TEST_PASSPHRASE, "the new passphrase"),
                           choose_file=lambda _title, _start, _save: places.pop(0))
    qtbot.addWidget(dlg)
    assert "no linking key" in dlg.status.text() and not dlg.create_button.isHidden()
    _shot(dlg, "linking_key_none.png")
    key = dlg.create_key()  # an old project gets one
    assert key is not None and (tmp_path / "here.kondenskey").is_file()
    assert dlg.move_button.isVisibleTo(dlg) and dlg.create_button.isHidden()
    assert str(tmp_path / "here.kondenskey") in dlg.status.text()
    _shot(dlg, "linking_key_dialog.png")
    moved = dlg.move_key()
    assert moved == usb / "here.kondenskey" and moved.is_file() and not (tmp_path / "here.kondenskey").exists()
    assert ks.key_status(project).path == moved.resolve()
    assert dlg.change_passphrase()
    assert LinkingKey.open(moved, "the new passphrase").project_id == key_state(project).project_id
    with pytest.raises(Exception, match="wrong passphrase"):
        LinkingKey.open(moved, TEST_PASSPHRASE)
    assert not any(p.suffix == ".kondenskey" for p in project.path.rglob("*"))


def test_linking_key_dialog_locates_a_key(qtbot: Any, project: Project, tmp_path: Path) -> None:
    key = ks.create_project_key(project, TEST_PASSPHRASE)
    ks.lock_all()
    other = tmp_path / "copied.kondenskey"
    key.path.rename(other)
    dlg = LinkingKeyDialog(None, project, ask=Asker("nope nope nope", TEST_PASSPHRASE),
                           choose_file=lambda *_a: other)
    qtbot.addWidget(dlg)
    assert "not there" in dlg.status.text() and not dlg.locate_button.isHidden()
    assert dlg.locate() is not None
    assert ks.key_status(project).path == other.resolve() and ks.unlocked_key(project) is not None


def test_withdraw_action_removes_the_informants_entries(qtbot: Any, project: Project, tmp_path: Path) -> None:
    from app.review.project_actions import WithdrawDialog, withdraw_informant_action
    from tests.test_privacy_actions import FakeWindow

    key = ks.create_project_key(project, TEST_PASSPHRASE)
    a = tmp_path / "a.txt"
    a.write_text("I: Hvor?\n\nA: I Tromsø med Kari Nordmann.\n\nI: Og?\n\nA: Så Hamar.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("I: Hvor?\n\nB: I Tromsø, ja.\n\nI: Og?\n\nB: Bodø.", encoding="utf-8")
    assert all(r.ok for r in import_files(project, [a, b], key=key))
    assert key.used_by["place:tromsø"] == ["A", "B"]
    ks.lock_all()  # the withdrawal asks for the passphrase itself
    w = FakeWindow(project)
    qtbot.addWidget(w)

    class Pick(WithdrawDialog):
        def exec(self) -> Any:
            self.informant.setCurrentText("A")
            return QDialog.DialogCode.Accepted

    ask = Asker(TEST_PASSPHRASE)
    assert withdraw_informant_action(w, Pick, ask=ask)
    assert len(ask.calls) == 1
    saved = LinkingKey.open(key.path, TEST_PASSPHRASE)
    assert "place:hamar" not in saved.mapping and "person:kari nordmann" not in saved.mapping
    assert saved.used_by["place:tromsø"] == ["B"] and "place:bodø" in saved.mapping


def test_withdraw_action_without_unlocking_is_remembered(qtbot: Any, project: Project, tmp_path: Path) -> None:
    from app.review.project_actions import WithdrawDialog, withdraw_informant_action
    from tests.test_privacy_actions import FakeWindow

    key = ks.create_project_key(project, TEST_PASSPHRASE)
    a = tmp_path / "a.txt"
    a.write_text("I: Hvor?\n\nA: I Hamar.\n\nI: Og?\n\nA: Ja.", encoding="utf-8")
    assert all(r.ok for r in import_files(project, [a], key=key))
    ks.lock_all()
    w = FakeWindow(project)
    qtbot.addWidget(w)

    class Pick(WithdrawDialog):
        def exec(self) -> Any:
            return QDialog.DialogCode.Accepted

    assert withdraw_informant_action(w, Pick, ask=Asker(None))  # the user does not unlock
    assert key_state(project).pending == ("A",)
    assert "place:hamar" in LinkingKey.open(key.path, TEST_PASSPHRASE).mapping
    key_dialogs.ensure_unlocked(None, project, Asker(TEST_PASSPHRASE))
    assert "place:hamar" not in LinkingKey.open(key.path, TEST_PASSPHRASE).mapping
    assert key_state(project).pending == ()


def test_import_dialog_says_tags_are_per_transcript_without_a_key(qtbot: Any, project: Project) -> None:
    from app.importing.dialog import ImportDialog

    d = ImportDialog(ProjectContext(project))
    qtbot.addWidget(d)
    assert "tags are numbered per transcript" in d.key_note.text() and d.key is None
