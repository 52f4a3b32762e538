"""What the coding view offers the helpers it owns (coding actions, consensus walk).

``CodingActions`` and ``ConsensusWalk`` are typed against this protocol, not against ``CodingView``, so
``view.py`` imports them and neither imports ``view.py`` back (no import cycle). ``CodingView`` is the
one implementation. UI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.context import ProjectContext
from app.executor import Job
from app.reader.editor import TranscriptEditor
from app.reader.gutter import LineGutter
from app.reader.margin import CodeMargin
from coding.dto import CodeDTO, TranscriptDTO


class CodingSurface(Protocol):
    ctx: ProjectContext | None
    transcript: TranscriptDTO | None
    codes: dict[int, CodeDTO]
    editor: TranscriptEditor
    margin: CodeMargin
    gutter: LineGutter
    pass_box: QComboBox
    quick_box: QLineEdit
    recent_label: QLabel
    consensus: Any  # ConsensusWalk (typed loosely: it is built from this surface)

    def window(self) -> QWidget: ...

    def tr(self, text: str) -> str: ...

    def open_transcript(self, transcript_id: int, start: int | None = None, end: int | None = None,
                        then: Callable[[], object] | None = None,
                        missing: Callable[[], object] | None = None) -> Job | None: ...

    def select_range(self, start: int, end: int) -> None: ...

    def go_to_line(self, index: int) -> None: ...

    def current_line(self) -> int | None: ...

    def current_selection(self) -> tuple[int, int, int] | None: ...

    def selected_text(self) -> str: ...

    def select_segment(self, segment_id: int | None) -> None: ...
