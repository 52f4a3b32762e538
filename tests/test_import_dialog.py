"""The import dialog: preview, role change, review, import off the UI thread, cancel halfway."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.context import ProjectContext
from app.importing.dialog import ImportDialog
from app.importing.speakers_model import COL_PSEUDONYM, COL_ROLE, SpeakersModel
from coding.queries import project_info
from coding.store.models import Line, Transcript, Turn


def _files(tmp_path: Path, n: int) -> list[str]:
    out = []
    for i in range(n):
        p = tmp_path / f"f{i}.txt"
        p.write_text(f"Intervju {i}\n\nIntervjuer: Hvordan var det, Kari?\n\nKari: Det var fint nummer {i}. "
                     f"Jeg bor i Bodø.\n\nIntervjuer: Og så?\n\nKari: Så gikk det bra.", encoding="utf-8")
        out.append(str(p))
    return out


@pytest.fixture
def dialog(qtbot, project):
    ctx = ProjectContext(project)
    d = ImportDialog(ctx)
    qtbot.addWidget(d)
    yield d
    d.runner.wait()


def _plan(qtbot, dialog, paths) -> None:
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.add_files(paths)


def test_preview_and_role_change(qtbot, dialog, tmp_path: Path, qtmodeltester) -> None:
    _plan(qtbot, dialog, _files(tmp_path, 2) + [str(tmp_path / "missing.docx")])
    assert dialog.file_list.count() == 2
    assert "missing.docx: does not exist" in dialog.problems.text()
    m = dialog.speakers
    qtmodeltester.check(m)
    assert [m.data(m.index(r, COL_ROLE)) for r in range(2)] == ["interviewer", "informant"]
    assert [m.data(m.index(r, COL_PSEUDONYM)) for r in range(2)] == ["I", "A"]
    assert "A (informant): Det var fint nummer 0." in dialog.preview.toPlainText()
    dialog.file_list.setCurrentRow(1)
    assert m.data(m.index(1, COL_PSEUDONYM)) == "B"  # next free letter across the batch
    # swap roles by hand and rename: the preview follows
    assert m.setData(m.index(0, COL_ROLE), "informant") and m.setData(m.index(1, COL_ROLE), "interviewer")
    assert not m.setData(m.index(0, COL_ROLE), "boss")
    assert m.setData(m.index(0, COL_PSEUDONYM), "C") and m.setData(m.index(1, COL_PSEUDONYM), "I")
    assert "C (informant): Hvordan var det" in dialog.preview.toPlainText()
    dialog.grab().save("/tmp/import_dialog_preview.png")
    dialog._go(1)
    dialog.grab().save("/tmp/import_dialog_review.png")
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.start_import()
    dialog.grab().save("/tmp/import_dialog_summary.png")
    assert "2 imported, 1 not imported" in dialog.summary.toPlainText()
    with dialog.ctx.project.read() as s:
        t2 = s.query(Transcript).order_by(Transcript.id).all()[1]
        roles = [(tu.speaker, tu.role) for tu in s.query(Turn).filter(Turn.transcript_id == t2.id).order_by(Turn.index)]
        assert roles[:2] == [("C", "informant"), ("I", "interviewer")]
        assert "Kari" not in t2.text and "Bodø" not in t2.text + t2.title
    assert dialog.ctx.undo_stack.count() == 1  # one macro: one Ctrl+Z undoes the whole import
    dialog.ctx.undo_stack.undo()
    assert project_info(dialog.ctx.project).transcripts == 0


def test_cancel_halfway_leaves_nothing_half_imported(qtbot, dialog, tmp_path: Path) -> None:
    _plan(qtbot, dialog, _files(tmp_path, 6))
    assert len(dialog.plans) == 6
    cancelled: list[bool] = []
    dialog.runner.finished.connect(cancelled.append)
    dialog.runner.committed.connect(lambda i, _c: dialog.cancel() if i == 1 else None)
    dialog._go(1)
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.start_import()
    assert cancelled == [True]
    info = project_info(dialog.ctx.project)
    assert 2 <= info.transcripts < 6
    with dialog.ctx.project.read() as s:
        for t in s.query(Transcript):  # every stored transcript is complete
            assert s.query(Turn).filter(Turn.transcript_id == t.id).count() == 4
            assert s.query(Line).filter(Line.transcript_id == t.id).count() >= 5
    assert "(cancelled)" in dialog.summary.toPlainText()


def test_speakers_model_on_empty() -> None:
    m = SpeakersModel()
    assert m.rowCount() == 0 and m.columnCount() == 5


def test_linking_key_gives_consistent_tags_and_keeps_the_always_list(qtbot, project, tmp_path: Path,
                                                                      monkeypatch) -> None:
    from app.review import key_dialogs
    from app.review.key_settings import create_project_key, lock_all
    from tests.conftest import TEST_PASSPHRASE
    from transcripts.deid.linking_key import LinkingKey

    key = create_project_key(project, TEST_PASSPHRASE)  # as "New project" makes it
    key.mapping["person:kari"] = "[navn 5]"
    key.save()
    lock_all()  # a new session: the first import asks for the passphrase, once
    asked: list[bool] = []
    monkeypatch.setattr(key_dialogs, "ask_dialog",
                        lambda _parent: lambda new, _m, _e: asked.append(new) or TEST_PASSPHRASE)
    d = ImportDialog(ProjectContext(project))
    qtbot.addWidget(d)
    try:
        assert asked == [False] and d.key is not None
        assert "same tag in every transcript" in d.key_note.text()
        _plan(qtbot, d, _files(tmp_path, 2))
        d._go(1)
        d.batch.always.append("Solveig")  # as the review page's "always an identifier" button does
        with qtbot.waitSignal(d.runner.finished, timeout=30000):
            d.start_import()
    finally:
        d.runner.wait()
    with project.read() as s:
        texts = [t.text for t in s.query(Transcript).order_by(Transcript.id)]
    assert len(texts) == 2
    for text in texts:
        assert "[navn 5]" in text and "Kari" not in text and "Bodø" not in text  # Kari keeps the key's tag
    place = texts[0].split("Jeg bor i ")[1].split(".")[0]
    assert place.startswith("[sted") and f"Jeg bor i {place}." in texts[1]  # Bodø: one tag in A and B
    again = LinkingKey.open(key.path, TEST_PASSPHRASE)
    assert "Solveig" in again.always and again.used_by["place:bodø"] == ["A", "B"]
    assert again.used_by["person:kari"] == ["A", "B"]
    d2 = ImportDialog(ProjectContext(project))  # the same session: not asked again
    qtbot.addWidget(d2)
    assert asked == [False] and d2.key is d.key
    assert not list(project.path.rglob("*.kondenskey"))  # the key never lands in the project
