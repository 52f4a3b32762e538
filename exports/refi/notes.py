"""How Kondens memos travel in REFI-QDA: one documented convention shared by writer and importer.

Every memo, condensate and research question is written twice, so that both kinds of reader keep it:

1. **As a ``Note``** (the standard way) with a ``NoteRef`` from what it belongs to: a code or theme
   ``Code``, a ``TextSource``, a ``Coding``, or the ``Project``. The Note's ``Description`` says what it
   is: ``Kondens:<kind>`` (``KINDS``); an informant memo adds the case: ``Kondens:informant-memo:<guid>``
   (a ``Case`` cannot hold a ``NoteRef``). Reflection notes (the journal) are stored as note files
   (``plainTextPath="internal://<guid>.txt"``), everything else as ``PlainTextContent``.
2. **Folded into the owner's ``Description``**, which is where QualCoder and NVivo keep code memos,
   category memos, source memos, coding memos and case memos: the owner's own description, then per
   note a blank line, ``<label>:``, a line break and the note's text (:func:`fold`).

On import Kondens reads the Notes and takes the folded part back off each Description (:func:`unfold`);
if another tool has edited the Description since, it is kept whole. The project ``Description`` lists
the research questions the same way, for tools without notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PREFIX = "Kondens:"
KINDS = ("journal", "code-memo", "theme-memo", "segment-memo", "transcript-memo", "informant-memo", "condensate",
         "research-question", "memo")
KIND_OF_TARGET = {"journal": "journal", "code": "code-memo", "theme": "theme-memo", "segment": "segment-memo",
                  "transcript": "transcript-memo", "informant": "informant-memo"}
TARGET_OF_KIND = {v: k for k, v in KIND_OF_TARGET.items()}
# Default titles (Bokmål) of notes whose memo has no title of its own.
LABELS = {"journal": "Refleksjonsnotat", "code-memo": "Kodememo", "theme-memo": "Temamemo",
          "segment-memo": "Utdragsmemo", "transcript-memo": "Transkripsjonsmemo", "informant-memo": "Informantmemo",
          "condensate": "Kondensat", "research-question": "Forskningsspørsmål", "memo": "Memo"}
RESEARCH_QUESTIONS = "Forskningsspørsmål"
# Titles Kondens itself gives notes, in every version (earlier exports used English): never identifiers,
# so the importer leaves them alone instead of running them through the detector.
_OWN = {*LABELS.values(), "Reflection note", "Code memo", "Theme memo", "Segment memo", "Transcript memo", "Memo",
        "Case description", "Description", "Project description", "Note", "Research question"}
_OWN_RX = re.compile(r"^(?:Kondensat|Condensate|Forskningsspørsmål|Research question)(?:[: ]\s*.*)?$")
_KIND_RX = re.compile(r"^Kondens:(?P<kind>[a-z-]+)(?::(?P<target>[0-9A-Fa-f{}-]{32,38}))?$")


def own_title(title: str) -> bool:
    """Is ``title`` one Kondens writes itself (so not text to de-identify)?"""
    t = title.strip()
    return t in _OWN or bool(_OWN_RX.match(t))


def kind_description(kind: str, target_guid: str | None = None) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown note kind {kind!r}")
    return f"{PREFIX}{kind}" + (f":{target_guid}" if target_guid else "")


def parse_kind(description: str) -> tuple[str | None, str | None]:
    """``("condensate", None)``, ``("informant-memo", GUID)`` or ``(None, None)`` for other notes."""
    m = _KIND_RX.match((description or "").strip())
    if not m or m.group("kind") not in KINDS:
        return None, None
    return m.group("kind"), m.group("target")


def fold(own: str, blocks: Sequence[tuple[str, str]]) -> str:
    """The owner's description followed by each ``(label, text)`` block, blank-line separated."""
    parts = [own] if own.strip() else []
    parts += [f"{label}:\n{text}" for label, text in blocks if text.strip()]
    return "\n\n".join(parts)


def unfold(description: str, blocks: Sequence[tuple[str, str]]) -> str:
    """The owner's own description: ``description`` without the folded ``blocks`` (if they are intact)."""
    tail = fold("", blocks)
    if not tail:
        return description
    if description == tail:
        return ""
    if description.endswith("\n\n" + tail):
        return description[: -len(tail) - 2]
    return description


def numbered(questions: Sequence[str]) -> str:
    return "\n".join(f"{i}. {q}" for i, q in enumerate(questions, 1))
