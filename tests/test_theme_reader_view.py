"""The theme reader on a long theme area: the first screens are written at once, the rest on idle; the
scroll bar is about right before everything is in, and scrolling, select all, copy and links see every
quote; a coding refreshes the view in place."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest

from app.context import ProjectContext
from app.themes import reader as reader_mod
from app.themes.reader import ThemeReaderView
from coding.recontext import theme_reader
from coding.services import themes as th
from coding.services.codes import apply_code, create_code
from coding.store import Project
from tests.benchmarks.bench_themes import build

REF = re.compile(r"^[A-Z], l\. \d+(–\d+)? · Intervju [A-Z] · kode 1\.\d$")


@pytest.fixture(scope="module")
def long_area(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("reader") / "long.kondens"
    p, areas = build(path, areas=1, codes_per_area=3, segments=240, informants=4)
    p.close()
    return path, areas[0]


@pytest.fixture
def view(long_area: tuple[Path, int], qtbot: Any, tmp_path: Path) -> Any:
    import shutil

    src, area = long_area
    shutil.copytree(src, tmp_path / "p.kondens")
    ctx = ProjectContext(Project.open(tmp_path / "p.kondens"))
    rv = ThemeReaderView(open_transcript=lambda *a: opened.append(a))
    opened: list[tuple[int, int, int]] = []
    rv.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(rv)
    rv.resize(700, 500)
    rv.show()
    rv.set_context(ctx)
    rv.area = area  # type: ignore[attr-defined]
    yield rv
    rv.set_context(None)
    ctx.close()


def references(rv: ThemeReaderView) -> list[str]:
    return [ln for ln in rv.browser.toPlainText().split("\n") if REF.match(ln)]


def expected(rv: ThemeReaderView) -> list[str]:
    assert rv.ctx is not None and rv.reader is not None
    return [f"{it.reference} · {it.transcript_title} · {it.code_name}" for g in rv.reader.groups for it in g.items]


def written_bottom(rv: ThemeReaderView) -> float:
    doc = rv.browser.document()
    last = doc.lastBlock().previous() if rv.pending else doc.lastBlock()
    return float(doc.documentLayout().blockBoundingRect(last).bottom())


def test_first_screens_at_once_the_rest_on_idle(view: Any, qtbot: Any) -> None:
    rv = view
    rv.show_theme(rv.area)
    assert rv.reader is not None and rv.reader.segment_count == 240
    first = references(rv)
    assert 0 < len(first) < 240 and rv.pending  # only the first screens are written ...
    assert first == expected(rv)[:len(first)]  # ... in the reader's order
    assert written_bottom(rv) >= 2 * rv.browser.viewport().height()  # what is seen, and the next page
    # The spacer reserves about the height of what is still to come: the scroll bar is about right.
    doc = rv.browser.document()
    estimate = doc.documentLayout().documentSize().height()
    assert doc.lastBlock().text() == "" and doc.lastBlock().blockFormat().topMargin() > 1000

    qtbot.waitUntil(lambda: rv.pending == 0, timeout=10000)
    assert references(rv) == expected(rv)  # every quote, once, in order
    assert rv.slices_ms and rv.rendered >= 1
    final = doc.documentLayout().documentSize().height()
    assert 0.7 * final < estimate < 1.3 * final
    last = doc.lastBlock()
    assert REF.match(last.text()) and last.blockFormat().topMargin() == 0  # the spacer is gone
    assert last.blockFormat().leftMargin() == 14  # and the last source line kept its format


def test_written_in_pieces_equals_written_at_once(view: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rv = view
    rv.context.setChecked(True)  # with surrounding lines
    rv.show_theme(rv.area)
    qtbot.waitUntil(lambda: rv.pending == 0, timeout=10000)
    pieces = rv.browser.toHtml()
    monkeypatch.setattr(reader_mod, "FIRST_SCREENS", 1e9)
    rv.show_theme(None)
    rv.show_theme(rv.area)
    assert rv.pending == 0
    assert rv.browser.toHtml() == pieces
    assert re.search(r"^\d+  \S", rv.browser.toPlainText(), re.M)  # surrounding lines, numbered


def test_scrolling_to_the_end_writes_what_is_missing(view: Any) -> None:
    rv = view
    rv.show_theme(rv.area)
    assert rv.pending
    bar = rv.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert rv.pending == 0 and references(rv) == expected(rv)
    assert bar.value() > 0

    rv.show_theme(None)
    rv.show_theme(rv.area)  # anew, and only a little way down: only what that needs is written
    n = len(references(rv))
    bar.setValue(int(written_bottom(rv)))
    assert rv.pending and len(references(rv)) > n
    assert written_bottom(rv) >= bar.value() + rv.browser.viewport().height()


def test_select_all_and_copy_take_every_quote(view: Any) -> None:
    rv = view
    rv.show_theme(rv.area)
    assert rv.pending
    rv.browser.setFocus()
    QTest.keyClick(rv.browser, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert rv.pending == 0
    QTest.keyClick(rv.browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert expected(rv)[-1] in copied and expected(rv)[0] in copied
    assert copied.count(", l. ") == 240

    rv.show_theme(None)
    rv.show_theme(rv.area)
    assert rv.pending
    QTest.keyClick(rv.browser, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # jump to the end
    assert rv.pending == 0


def test_link_opens_the_transcript_at_the_segment(view: Any) -> None:
    rv = view
    rv.show_theme(rv.area)
    assert rv.reader is not None
    it = rv.reader.groups[0].items[0]
    found = rv.browser.document().find(it.reference)
    assert not found.isNull()
    c = QTextCursor(found)
    c.setPosition(found.selectionStart() + 2)
    rect = rv.browser.cursorRect(c)
    QTest.mouseClick(rv.browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.center().x(), rect.center().y()))
    assert rv.opened == [(it.transcript_id, it.start, it.end)]


def fresh_html(rv: ThemeReaderView, monkeypatch: pytest.MonkeyPatch) -> str:
    """The document written anew, all at once, for the reader shown now."""
    other = ThemeReaderView()
    other.resize(rv.size())
    other.context.setChecked(rv.context.isChecked())
    monkeypatch.setattr(reader_mod, "FIRST_SCREENS", 1e9)
    other.reader, other.theme_id = rv.reader, rv.theme_id
    other._render()
    monkeypatch.undo()
    return other.browser.toHtml()


@pytest.mark.parametrize("context", [False, True])
def test_a_coding_refreshes_in_place(view: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, context: bool) -> None:
    rv = view
    rv.context.setChecked(context)
    rv.show_theme(rv.area)
    qtbot.waitUntil(lambda: rv.pending == 0, timeout=10000)
    bar = rv.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert rv.reader is not None and rv.ctx is not None
    ctx, reads = rv.ctx, rv.lazy.computed
    it = rv.reader.groups[-1].items[-1]
    other = next(i.code_id for g in rv.reader.groups for i in g.items if i.code_id != it.code_id)
    ctx.run("apply", apply_code, it.transcript_id, it.start, it.end, other)  # another code of the area
    ctx.settle_now()  # the settled signal: the reader reads again on the executor
    assert rv.lazy.computed == reads + 1 and rv.reader.segment_count == 241
    assert rv.patched == 1 and bar.value() == place  # rewritten in place: the reader stays where it was
    assert len(references(rv)) == 241 == len(expected(rv))
    assert "241 segments from 4 informants" in rv.browser.toPlainText()
    assert rv.browser.toHtml() == fresh_html(rv, monkeypatch)  # as if written anew
    assert rv.reader.segment_count == theme_reader(ctx.project, rv.area).segment_count

    ctx.undo_stack.undo()  # the coding goes again
    first = rv.reader.groups[0].items[0]
    ctx.run("golden", th.add_golden_quote, rv.area, first.segment_id)  # and a star: one quote is rewritten
    ctx.settle_now()
    assert rv.patched == 2 and rv.reader.segment_count == 240
    assert "★ " in rv.browser.toPlainText() and rv.browser.toHtml() == fresh_html(rv, monkeypatch)

    ctx.run("other theme", th.create_theme, "Annet")  # a theme node: the reader reads again
    ctx.settle_now()
    assert rv.lazy.computed == reads + 3
    outside = create_code(ctx.project, "utenfor").value  # a code of no theme
    ctx.run("outside", apply_code, it.transcript_id, it.start, it.end, outside)
    ctx.settle_now()
    assert rv.lazy.computed == reads + 3  # a coding outside the area reads nothing
