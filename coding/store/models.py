"""SQLAlchemy 2 typed ORM mapping of a Kondens project.

Every table has an INTEGER PRIMARY KEY ``id`` (a rowid alias, no AUTOINCREMENT) so the trigger-based
undo log in :mod:`coding.store.undo` can address rows by rowid and restore them exactly.
Text is stored only after de-identification; nothing here may hold an original name.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_guid() -> str:
    return str(uuid.uuid4()).upper()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Project-wide settings (name, language of tags, …). Never transcript text."""

    __tablename__ = "settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Informant(Base):
    __tablename__ = "informants"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String, unique=True)  # pseudonym: "A", "B", …
    attributes: Mapped[str] = mapped_column(Text, default="{}")  # JSON object of free key/value pairs
    guid: Mapped[str] = mapped_column(String, default=new_guid)
    created: Mapped[str] = mapped_column(String, default=now_iso)


class Transcript(Base):
    __tablename__ = "transcripts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String, default="")
    informant_id: Mapped[int | None] = mapped_column(ForeignKey("informants.id"), nullable=True, index=True)
    source_format: Mapped[str] = mapped_column(String, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[str] = mapped_column(String, default=now_iso)
    text: Mapped[str] = mapped_column(Text, default="")  # de-identified speech, turns joined by "\n\n"
    content_hash: Mapped[str] = mapped_column(String, default="", index=True)  # sha256 of the source bytes
    position: Mapped[int] = mapped_column(Integer, default=0)
    guid: Mapped[str] = mapped_column(String, default=new_guid)


class Turn(Base):
    __tablename__ = "turns"
    __table_args__ = (Index("ix_turns_transcript_index", "transcript_id", "index"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)  # 0-based order within the transcript
    speaker: Mapped[str] = mapped_column(String)  # pseudonym: "I", "A", … never a real label
    role: Mapped[str] = mapped_column(String)  # "interviewer" | "informant" | "other"
    start: Mapped[int] = mapped_column(Integer)  # code-point offsets into Transcript.text
    end: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[str | None] = mapped_column(String, nullable=True)  # "00:03:12" or None


class Line(Base):
    __tablename__ = "lines"
    __table_args__ = (
        UniqueConstraint("transcript_id", "number"),
        Index("ix_lines_transcript_start", "transcript_id", "start"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"))
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1..n within the transcript, fixed at import
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ThemeNode(Base):
    """A theme area (kind="area", parent None) or a subgroup (kind="subgroup", parent an area)."""

    __tablename__ = "theme_nodes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String, default="area")
    name: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")  # condensate / sammendrag
    color: Mapped[str] = mapped_column(String, default="#4e79a7")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("theme_nodes.id"), nullable=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    guid: Mapped[str] = mapped_column(String, default=new_guid)


class Code(Base):
    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    color: Mapped[str] = mapped_column(String, default="#f28e2b")
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("codes.id"), nullable=True, index=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme_nodes.id"), nullable=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[str] = mapped_column(String, default=now_iso)
    guid: Mapped[str] = mapped_column(String, default=new_guid)


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (Index("ix_segments_transcript_start", "transcript_id", "start"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)  # code-point offsets into Transcript.text, end exclusive
    end: Mapped[int] = mapped_column(Integer)
    coder: Mapped[str] = mapped_column(String, default="")
    coding_pass: Mapped[int] = mapped_column(Integer, default=1)  # "runde 1", "runde 2", …
    created: Mapped[str] = mapped_column(String, default=now_iso)
    guid: Mapped[str] = mapped_column(String, default=new_guid)


class Memo(Base):
    """A memo attached to a code, segment, transcript, theme node or informant; or a journal entry.

    ``target_type`` is one of "code", "segment", "transcript", "theme", "informant", "journal".
    Journal entries (refleksjonsnotater) have ``target_id`` None and a ``title``.
    """

    __tablename__ = "memos"
    __table_args__ = (Index("ix_memos_target", "target_type", "target_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_type: Mapped[str] = mapped_column(String)
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    title: Mapped[str] = mapped_column(String, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String, default=now_iso)
    updated: Mapped[str] = mapped_column(String, default=now_iso)
    guid: Mapped[str] = mapped_column(String, default=new_guid)


class Quote(Base):
    """A quote taken from a segment: golden quote of a theme node and/or an export quote.

    Trimming never changes the coding: ``trim_start``/``trim_end`` are offsets inside the segment's
    transcript text, ``cuts`` a JSON list of [start, end] ranges shown as "[…]".
    ``status``: "not_sent" | "sent" | "approved" | "change_requested" | "withdrawn".
    """

    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme_nodes.id"), nullable=True, index=True)
    golden: Mapped[int] = mapped_column(Integer, default=0)
    trim_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    trim_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cuts: Mapped[str] = mapped_column(Text, default="[]")
    status: Mapped[str] = mapped_column(String, default="not_sent")
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String, default=now_iso)


class ResearchQuestion(Base):
    __tablename__ = "research_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ThemeQuestion(Base):
    __tablename__ = "theme_questions"
    __table_args__ = (UniqueConstraint("theme_id", "question_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme_nodes.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("research_questions.id", ondelete="CASCADE"))


class Snapshot(Base):
    """A named version of the whole theme/code hierarchy, serialised as JSON."""

    __tablename__ = "snapshots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    created: Mapped[str] = mapped_column(String, default=now_iso)
    data: Mapped[str] = mapped_column(Text, default="{}")


class Draft(Base):
    """Autosaved text being written (memo, condensate, note), keyed by what it belongs to."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)  # e.g. "memo:12", "theme-summary:3"
    text: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[str] = mapped_column(String, default=now_iso)


class ReviewRound(Base):
    """One review copy sent to the supervisor (``guid`` is the copy's id, ``snapshot_id`` its hierarchy)."""

    __tablename__ = "review_rounds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String, unique=True, default=new_guid)
    number: Mapped[int] = mapped_column(Integer, default=1)
    exported: Mapped[str] = mapped_column(String, default=now_iso)
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # no FK: a snapshot may be deleted
    returned: Mapped[str] = mapped_column(String, default="")  # when its comments were imported


class ReviewComment(Base):
    """A supervisor's or student's comment, reply or suggestion (see :mod:`coding.supervision`).

    ``parent_guid`` is None for the first comment of a thread; replies point at it. ``anchor`` and
    ``suggestion`` are JSON; the anchor keeps its context (names, quoted text) so an orphan still shows.
    ``status`` of a thread: "open" | "resolved" | "applied" | "declined"; replies carry "".
    Text is stored only after the detector's proposals on it were decided.
    """

    __tablename__ = "review_comments"
    __table_args__ = (Index("ix_review_comments_parent", "parent_guid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String, unique=True, default=new_guid)
    parent_guid: Mapped[str | None] = mapped_column(String, nullable=True)
    round: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String, default="supervisor")  # "supervisor" | "student"
    author: Mapped[str] = mapped_column(String, default="")
    created: Mapped[str] = mapped_column(String, default=now_iso)
    text: Mapped[str] = mapped_column(Text, default="")
    anchor: Mapped[str] = mapped_column(Text, default="{}")
    suggestion: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String, default="")  # on replies: "resolve" | "reopen" | "apply" | "decline"
    status: Mapped[str] = mapped_column(String, default="open")


# Tables whose rows the undo log captures: everything but autosave drafts (the log itself is TEMP).
UNDOABLE_TABLES = [t.name for t in Base.metadata.sorted_tables if t.name != "drafts"]
