"""Plain, frozen data handed to the UI and exports. Never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InformantDTO:
    id: int
    label: str
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TranscriptSummary:
    id: int
    title: str
    informant_id: int | None
    informant_label: str | None
    source_format: str
    word_count: int
    imported_at: str
    line_count: int


@dataclass(frozen=True)
class TurnDTO:
    id: int
    index: int
    speaker: str
    role: str
    start: int
    end: int
    timestamp: str | None


@dataclass(frozen=True)
class LineDTO:
    id: int
    number: int
    turn_id: int
    start: int
    end: int


@dataclass(frozen=True)
class TranscriptDTO:
    id: int
    title: str
    informant_label: str | None
    text: str
    turns: tuple[TurnDTO, ...]
    lines: tuple[LineDTO, ...]


@dataclass(frozen=True)
class CodeDTO:
    id: int
    name: str
    color: str
    description: str
    parent_id: int | None
    theme_id: int | None
    position: int


@dataclass(frozen=True)
class SegmentDTO:
    id: int
    transcript_id: int
    code_id: int
    start: int
    end: int
    coder: str
    coding_pass: int
    created: str


@dataclass(frozen=True)
class MemoDTO:
    id: int
    target_type: str
    target_id: int | None
    title: str
    text: str
    created: str
    updated: str


@dataclass(frozen=True)
class ThemeNodeDTO:
    id: int
    kind: str
    name: str
    description: str
    summary: str
    color: str
    parent_id: int | None
    position: int
