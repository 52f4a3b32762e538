"""The review loop in the real window: the supervisor opens a copy (review mode, banner), comments on a
subgroup and on a condensate range, returns the comments; the student imports them, applies a merge
suggestion in one click and undoes it in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.supervision.model import Filter, ThreadModel
from coding.supervision.export import export_review_copy
from coding.supervision.model import Anchor, Suggestion, ThreadView
from tests.coding_fixtures import dump
from tests.supervision_fixture import analysed


def _sup(w):  # type: ignore[no-untyped-def]
    from app.supervision.install import Supervision

    return w.findChild(Supervision)


def _window(qtbot):  # type: ignore[no-untyped-def]
    from app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def test_thread_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    a = Anchor("code", "G", "humor", "Fellesskap")
    root = ThreadView("R", None, "tekst", "V", "supervisor", "2026-12-01T10:00:00", "open", a,
                      Suggestion("rename", name="latter"), "", False, "Fellesskap · humor", "Fellesskap")
    rep = ThreadView("C", "R", "svar", "S", "student", "2026-12-01T11:00:00", "", a, None, "", False, "", "")
    done = ThreadView("D", None, "ferdig", "V", "supervisor", "2026-12-01T10:00:00", "resolved", a, None, "", True,
                      "x", "")
    m = ThreadModel()
    m.set_threads([root, rep, done], Filter("all"))
    qtmodeltester.check(m)
    assert m.rowCount() == 2 and m.rowCount(m.index(0, 0)) == 1
    m.set_filter(Filter("open"))
    assert [t.guid for t in m.threads] == ["R"]
    m.set_filter(Filter("all", "orphan"))
    assert [t.guid for t in m.threads] == ["D"]
    m.set_filter(Filter("all", "suggestion", "Fellesskap"))
    assert [t.guid for t in m.threads] == ["R"]


def test_round_trip_in_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.supervision.comment_dialog import CommentDialog
    from app.themes.dock import ThemeDock
    from app.themes.install import ThemeWorkspace

    a = analysed(tmp_path / "student.kondens")
    export_review_copy(a.project, tmp_path / "r.kondensreview", note="Se særlig på Ro og mestring", student="Stud")
    sub_id, codes = a.sub, a.codes
    a.project.close()

    # ---- supervisor ----
    w = _window(qtbot)
    sup = _sup(w)
    assert w.open_path(tmp_path / "r.kondensreview")
    assert w.ctx is not None and w.ctx.readonly and sup.review is not None
    assert sup.banner.isVisible() and "Se særlig på Ro og mestring" in sup.banner_label.text()
    assert "Stud" in sup.banner_label.text()
    folder = sup.review.folder
    tdock = w.findChild(ThemeDock)
    tdock.select("subgroup", sub_id)
    cands = sup.candidates()
    sub_c = next(c for c in cands if c.anchor.kind == "subgroup")
    dlg = CommentDialog(w.ctx.project, [sub_c], "Veileder")
    dlg.text.setPlainText("Godt avgrenset, men tynt.")
    assert sup.add_comment(dialog=dlg)
    # a comment on a range of the condensate, chosen in the condensation editor
    work = w.findChild(ThemeWorkspace)
    ed = work.condensation.editor
    assert work.condensation.theme_id == sub_id
    assert ed.isReadOnly() and not work.condensation.save_button.isEnabled()  # review mode: no editing
    text = ed.toPlainText()
    cur = ed.textCursor()
    cur.setPosition(text.index("mestret mer"))
    cur.setPosition(text.index("mestret mer") + len("mestret mer"), cur.MoveMode.KeepAnchor)
    ed.setTextCursor(cur)
    cands = sup.candidates()
    rng = next(c for c in cands if c.anchor.kind == "condensate" and c.anchor.quote)
    assert rng.anchor.quote == "mestret mer"
    dlg = CommentDialog(w.ctx.project, [rng], "Veileder")
    dlg.text.setPlainText("Hvem sier dette?")
    assert sup.add_comment(dialog=dlg)
    # a merge suggestion on a code
    tdock.select("code", codes["humor"])
    code_c = next(c for c in sup.candidates() if c.anchor.kind == "code")
    dlg = CommentDialog(w.ctx.project, [code_c], "Veileder")
    dlg.text.setPlainText("Dette er samme sak som fellesskap.")
    dlg.action.setCurrentIndex(dlg.action.findData("merge"))
    dlg.target.setCurrentIndex(dlg.target.findText("fellesskap"))
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    assert sup.add_comment(dialog=dlg)
    assert sup.dock.model.rowCount() == 3
    assert sup.return_comments(str(tmp_path / "back.kondenscomments"))
    w.close_project()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=3000)  # the extracted copy is removed

    # ---- student ----
    assert w.open_path(tmp_path / "student.kondens")
    assert not sup.banner.isVisible() and not ed.isReadOnly()
    assert sup.import_comments(str(tmp_path / "back.kondenscomments"), accept=lambda dlg: True)
    dock = sup.dock
    assert {t.text for t in dock.model.threads} == {"Godt avgrenset, men tynt.", "Hvem sier dette?",
                                                    "Dette er samme sak som fellesskap."}
    rng_t = next(t for t in dock.model.threads if t.text == "Hvem sier dette?")
    assert rng_t.anchor.quote == "mestret mer" and not rng_t.orphan
    before = dump(w.ctx.project)
    merge = next(t for t in dock.model.threads if t.suggestion is not None)
    dock.select(merge.guid)
    assert dock.btn_apply.isEnabled()
    assert dock.apply()
    from coding import queries

    assert "humor" not in {c.name for c in queries.codes(w.ctx.project)}
    dock.set_status_filter("all")
    assert next(t for t in dock.model.threads if t.guid == merge.guid).status == "applied"
    w.ctx.undo_stack.undo()  # one step undoes the merge and the "applied" mark
    assert dump(w.ctx.project) == before
    # go to the condensate range
    dock.select(rng_t.guid)
    dock.go_to()
    assert work.condensation.editor.textCursor().selectedText() == "mestret mer"
    w.close()


def test_second_round_shows_changes_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coding.services import coding_ops

    a = analysed(tmp_path / "student.kondens")
    export_review_copy(a.project, tmp_path / "r1.kondensreview")
    coding_ops.rename_code(a.project, a.codes["ro"], "indre ro")
    export_review_copy(a.project, tmp_path / "r2.kondensreview")
    a.project.close()
    w = _window(qtbot)
    sup = _sup(w)
    assert w.open_path(tmp_path / "r2.kondensreview")
    dlg = sup._changes_dialog
    assert dlg.isVisible()
    lines = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    assert "Code renamed: ro → indre ro" in lines
    w.close()


def test_corrupt_copy_one_message_nothing_opened(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "bad.kondensreview"
    bad.write_bytes(b"not a zip at all")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, msg: shown.append(msg))
    w = _window(qtbot)
    assert not w.open_path(bad)
    assert w.ctx is None and len(shown) == 1 and "\n" not in shown[0]
    w.close()


def test_review_strings_in_bokmal(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translator

    monkeypatch.setenv("KONDENS_LANG", "nb")
    app = QApplication.instance()
    translators = install_translator(app)  # type: ignore[arg-type]
    try:
        from app.supervision.dock import ReviewDock

        dock = ReviewDock()
        qtbot.addWidget(dock)
        assert dock.windowTitle() == "Veiledningskommentarer"
        assert dock.btn_apply.text() == "Bruk forslaget"
        assert dock.status_box.itemText(0) == "Åpne"
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]


def test_theme_tree_markers_count_open_threads(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.themes.dock import ThemeDock
    from coding.supervision.review_copy import ReviewCopy
    from coding.supervision.threads import commit_import, plan_import

    a = analysed(tmp_path / "student.kondens")
    export_review_copy(a.project, tmp_path / "r.kondensreview")
    with ReviewCopy.open(tmp_path / "r.kondensreview") as rc:
        rc.comment(rc.anchor_for("theme:Ro og mestring"), "en", "V")
        rc.comment(rc.anchor_for("condensate:Ro og mestring"), "to", "V")
        rc.comment(rc.anchor_for("code:humor"), "tre", "V")
        rc.write_reply(tmp_path / "c.kondenscomments")
    commit_import(a.project, plan_import(a.project, tmp_path / "c.kondenscomments", None))
    sub, humor, area = a.sub, a.codes["humor"], a.area
    a.project.close()
    w = _window(qtbot)
    sup = _sup(w)
    assert w.open_path(tmp_path / "student.kondens")
    tdock = w.findChild(ThemeDock)
    badges = sup.badges
    assert tdock.view.itemDelegateForColumn(0) is badges
    assert badges.count(tdock.model.find("subgroup", sub)) == 2
    assert badges.count(tdock.model.find("code", humor)) == 1
    assert badges.count(tdock.model.find("area", area)) == 0
    tdock.view.grab()  # paints the badges
    w.close()


def test_lines_a_comment_is_about_are_marked_in_the_gutter(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coding.supervision.review_copy import ReviewCopy
    from coding.supervision.threads import commit_import, plan_import

    a = analysed(tmp_path / "student.kondens")
    export_review_copy(a.project, tmp_path / "r.kondensreview")
    with ReviewCopy.open(tmp_path / "r.kondensreview") as rc:
        rc.comment(rc.anchor_for("lines:A:2-3"), "Her sier A noe viktig", "V")
        rc.write_reply(tmp_path / "c.kondenscomments")
    commit_import(a.project, plan_import(a.project, tmp_path / "c.kondenscomments", None))
    a.project.close()
    w = _window(qtbot)
    _sup(w)
    assert w.open_path(tmp_path / "student.kondens")
    v = w.coding_view
    tid = next(t.id for t in w.transcripts._rows if t.informant_label == "A")
    w.show_transcript(tid)
    numbers = {v.editor.index.lines[i].number for i in v.editor.gutter.comment_lines}
    assert numbers == {2, 3}
    others = [t.id for t in w.transcripts._rows if t.id != tid]
    if others:
        w.show_transcript(others[0])
        assert v.editor.gutter.comment_lines == set()
    v.editor.gutter.grab()  # paints the dots
    w.close()
