"""Layout of the code tree, the theme tree, the text dialogs and the transcript overlay (issue 14, item 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QMenu

import app.themes.dock as theme_dock_module
from app.codes.dialogs import input_dialog
from app.codes.install import install as install_codes
from app.context import ProjectContext
from app.themes.dock import ThemeDock
from app.themes.overlay import layout_lines
from coding.dto import LineDTO, TranscriptDTO, TurnDTO
from coding.services.codes import create_code
from coding.themes_read import hierarchy
from tests.test_codes_ui import FakeWindow
from tests.test_themes_ui import build_hierarchy, ctx  # noqa: F401  (the fixture)

LONG = "kvalitet framfor kvantitet i hverdagen"


def test_code_tree_gives_the_name_column_the_room(qtbot, project) -> None:  # type: ignore[no-untyped-def]
    parent = create_code(project, "hverdag").value
    cid = create_code(project, LONG, parent_id=parent).value
    w = FakeWindow()
    qtbot.addWidget(w)
    install_codes(w)
    w.set_ctx(ProjectContext(project))
    w.resize(900, 600)
    w.show()
    dock = w.dock("code_tree")
    w.resizeDocks([dock], [280], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.view.viewport().width() > 0)
    QApplication.processEvents()
    hh = dock.view.header()
    room = dock.view.viewport().width()
    # the counts columns stay narrow; the name column takes the rest
    assert hh.sectionSize(1) + hh.sectionSize(2) < room * 0.35
    assert hh.sectionSize(0) > room * 0.6
    ix = dock.model.index_of(cid)
    assert ix.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG)  # the full name, also when cut
    assert dock.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_theme_tree_draws_subgroups_unlike_codes(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dock = ThemeDock()
    qtbot.addWidget(dock)
    dock.set_context(ctx)
    _t, _rel, sub = build_hierarchy(dock, ctx)
    m = dock.model
    s_ix = m.find("subgroup", sub)
    c_ix = m.find("code", ctx.codes["trygghet"])
    assert isinstance(s_ix.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert isinstance(c_ix.data(Qt.ItemDataRole.DecorationRole), QColor)
    s_font = s_ix.data(Qt.ItemDataRole.FontRole)
    assert isinstance(s_font, QFont) and s_font.weight() == QFont.Weight.DemiBold
    assert c_ix.data(Qt.ItemDataRole.FontRole) is None  # codes in the normal weight


def test_move_code_to_theme_area_from_its_context_menu(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811,E501
    dock = ThemeDock()
    qtbot.addWidget(dock)
    dock.set_context(ctx)
    t, rel, sub = build_hierarchy(dock, ctx)
    ro = ctx.codes["ro"]
    dock.resize(400, 600)
    dock.show()
    qtbot.waitExposed(dock)
    dock.view.expandAll()
    dock.select("code", ro)
    dock.view.scrollTo(dock.model.find("code", ro))
    menus: list[QMenu] = []

    def grab() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        menus.append(popup)
        popup.close()

    QTimer.singleShot(0, grab)
    dock._menu(dock.view.visualRect(dock.model.find("code", ro)).center())
    action = next(a for a in menus[-1].actions() if a.text() == "Move to theme area…")
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items):  # type: ignore[no-untyped-def]
        offered.append(items)
        return items.index("Relasjon / Trygghet")

    monkeypatch.setattr(theme_dock_module, "ask_item", choose)
    steps = ctx.undo_stack.count()
    action.trigger()
    assert offered == [["Å ha god tid", "Relasjon", "Relasjon / Trygghet"]]
    assert [c.name for c in hierarchy(ctx.project).codes_in(sub)] == ["trygghet", "ro"]
    assert ctx.undo_stack.count() == steps + 1  # one undoable step
    ctx.undo_stack.undo()
    assert "ro" in [c.name for c in hierarchy(ctx.project).codes_in(t)]


def test_text_dialogs_are_wide_enough_for_their_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    title = "Nytt temaområde for kondensering"
    dlg = input_dialog(None, title, "Navn på temaområdet:")
    qtbot.addWidget(dlg)
    dlg.show()
    QApplication.processEvents()
    fm = dlg.fontMetrics()
    assert dlg.width() >= fm.horizontalAdvance(title) + 180  # room for the title beside the frame's buttons
    assert dlg.width() >= 400
    choose = input_dialog(None, "Flytt", "Til:", items=["Kort", "Et langt temaområde / med en lang subgruppe"])
    qtbot.addWidget(choose)
    choose.show()
    QApplication.processEvents()
    assert choose.width() >= fm.horizontalAdvance("Et langt temaområde / med en lang subgruppe") + 56


def test_overlay_rows_show_line_numbers_and_speakers() -> None:
    text = "Hva betyr musikken?\nDet hjelper. Jeg blir glad 🎵 av det.\nOk."
    t = TranscriptDTO(
        1, "Intervju A", "A", text,
        turns=(TurnDTO(1, 0, "I", "interviewer", 0, 19, None), TurnDTO(2, 1, "A", "informant", 20, 56, None),
               TurnDTO(3, 2, "I", "interviewer", 57, 60, None)),
        lines=(LineDTO(1, 1, 1, 0, 19), LineDTO(2, 2, 2, 20, 32), LineDTO(3, 3, 2, 33, 56),
               LineDTO(4, 4, 3, 57, 60)))
    shown, m = layout_lines(t)
    assert shown.split("\n") == ["1  I: Hva betyr musikken?", "2  A: Det hjelper.",
                                 "3     Jeg blir glad 🎵 av det.", "4  I: Ok."]
    assert len(m) == len(text) + 1
    # every line's text is found at its mapped Qt (UTF-16) position
    u16 = shown.encode("utf-16-le")
    for ln in t.lines:
        at = u16[2 * m[ln.start]:2 * m[ln.end]].decode("utf-16-le")
        assert at == text[ln.start:ln.end]
    assert m[56] - m[55] == 1 and m[text.index("🎵") + 1] - m[text.index("🎵")] == 2
    assert all(a <= b for a, b in zip(m, m[1:], strict=False))  # monotonic: jumps can map back
