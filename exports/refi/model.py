"""Plain records of a parsed REFI-QDA project (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field


def norm_guid(g: str | None) -> str:
    """GUIDs compare case-insensitively and without braces (NOTES.md)."""
    return (g or "").strip().strip("{}").upper()


@dataclass
class QUser:
    guid: str
    name: str


@dataclass
class QCode:
    guid: str
    name: str
    codable: bool
    color: str | None
    description: str
    note_refs: list[str] = field(default_factory=list)
    children: list[QCode] = field(default_factory=list)


@dataclass
class QCoding:
    guid: str
    code_guid: str
    note_refs: list[str] = field(default_factory=list)
    user: str = ""
    created: str = ""


@dataclass
class QSelection:
    guid: str
    name: str
    start: int
    end: int
    description: str
    codings: list[QCoding] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)
    user: str = ""
    created: str = ""


@dataclass
class QTextSource:
    guid: str
    name: str
    path: str | None  # plainTextPath as written
    content: str | None  # PlainTextContent
    description: str
    selections: list[QSelection] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)
    whole_codings: list[QCoding] = field(default_factory=list)


@dataclass
class QNote:
    guid: str
    name: str
    description: str
    path: str | None
    content: str | None
    created: str = ""


@dataclass
class QVariable:
    guid: str
    name: str
    type: str


@dataclass
class QCase:
    guid: str
    name: str
    description: str
    values: dict[str, str] = field(default_factory=dict)  # variable guid → value as text
    source_refs: list[str] = field(default_factory=list)


@dataclass
class QLink:
    origin: str
    target: str


@dataclass
class QProject:
    """Everything a .qdpx said that Kondens can use, plus counts of what it cannot."""

    name: str = ""
    origin: str = ""
    qde_member: str = ""
    archive_members: list[str] = field(default_factory=list)
    users: list[QUser] = field(default_factory=list)
    codes: list[QCode] = field(default_factory=list)  # top level; children nested
    sources: list[QTextSource] = field(default_factory=list)  # text sources only
    other_sources: dict[str, int] = field(default_factory=dict)  # element name → count (PDF, audio, …)
    other_selections: int = 0  # coded selections outside text sources (pictures, PDF regions, media)
    notes: list[QNote] = field(default_factory=list)
    project_note_refs: list[str] = field(default_factory=list)
    variables: list[QVariable] = field(default_factory=list)
    cases: list[QCase] = field(default_factory=list)
    links: list[QLink] = field(default_factory=list)
    sets: int = 0
    description: str = ""
    stats: dict[str, object] = field(default_factory=dict)

    def all_codes(self) -> list[QCode]:
        out: list[QCode] = []
        stack = list(reversed(self.codes))
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(reversed(c.children))
        return out
