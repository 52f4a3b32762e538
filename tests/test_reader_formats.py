"""Tags and transcription conventions in the reader: found per block, applied to a block when it is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor

from app.reader.editor import TranscriptEditor
from app.reader.highlight import LazyFormats, format_spans


def test_format_spans_tags_and_conventions_with_conventions_first() -> None:
    text = "Jeg bodde i [STED] eh [latter] og… så [NAVN]."
    spans = format_spans(text)
    got = {(text[a:a + n], conv) for a, n, conv in spans}
    assert got == {("[STED]", False), ("eh", True), ("[latter]", True), ("…", True), ("[NAVN]", False)}
    assert ("[latter]", False) not in got  # a convention in brackets is dimmed, not a tag chip
    assert format_spans("Ingenting her.") == []


def _formats(editor: TranscriptEditor, block_no: int) -> list[tuple[int, int, bool]]:
    layout = editor.document().findBlockByNumber(block_no).layout()
    return [(r.start, r.length, r.format.fontItalic()) for r in layout.formats()]


def test_only_blocks_that_are_shown_get_formats(qtbot: Any) -> None:
    ed = TranscriptEditor()
    qtbot.addWidget(ed)
    ed.resize(500, 200)
    ed.show()
    qtbot.waitExposed(ed)
    body = "\n\n".join(f"Svar {i}: jeg var i [STED] [latter]." for i in range(400))
    ed.setPlainText(body)
    ed.formats.reset()
    qtbot.waitUntil(lambda: _formats(ed, 0) != [])  # painted

    def expected(n: int) -> list[tuple[int, int, bool]]:
        text = f"Svar {n}: jeg var i [STED] [latter]."
        return [(text.index("[latter]"), 8, True), (text.index("[STED]"), 6, False)]  # conventions first

    assert _formats(ed, 0) == expected(0)
    assert _formats(ed, 700) == []  # far below the screen: never searched
    c = ed.textCursor()
    c.setPosition(ed.document().findBlockByNumber(700).position())
    ed.setTextCursor(c)
    ed.centerCursor()  # laid out before it had its formats: they are set and the block laid out again
    ed.viewport().repaint()
    assert _formats(ed, 700) == expected(350)
    assert ed.document().findBlockByNumber(700).layout().lineCount() >= 1  # drawn with the formats in place


def test_formats_count_utf16_units_after_an_emoji(qtbot: Any) -> None:
    f = LazyFormats()
    ed = TranscriptEditor()
    qtbot.addWidget(ed)
    ed.setPlainText("Hei 😀 [NAVN] ja")
    f.ensure(ed.document().firstBlock())
    (r,) = ed.document().firstBlock().layout().formats()
    c = QTextCursor(ed.document())
    c.setPosition(r.start)
    c.setPosition(r.start + r.length, QTextCursor.MoveMode.KeepAnchor)
    assert c.selectedText() == "[NAVN]"
