"""The review of detections as plain data: occurrences grouped into entities, the researcher's choices.

No Qt here; the item models in :mod:`app.review.models` adapt it. Everything lives in memory only:
the original text and the strings found are never written anywhere by this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transcripts.deid.types import Span, Tagger

CONTEXT = 40


@dataclass
class Occurrence:
    start: int
    end: int
    text: str
    category: str
    source: str = ""
    accepted: bool = True


@dataclass
class Entity:
    key: str  # "category:entity key" as the Tagger builds it
    category: str
    label: str  # the surface shown (first occurrence)
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def accepted_count(self) -> int:
        return sum(o.accepted for o in self.occurrences)


def entity_key(text: str, category: str) -> str:
    return f"{category}:{Tagger.entity_key(text)}"


class ReviewState:
    def __init__(self) -> None:
        self.text = ""
        self.occurrences: list[Occurrence] = []
        self.entities: list[Entity] = []
        self.always: list[str] = []
        self.lang = "nb"
        self.mapping: dict[str, str] = {}

    def set_document(self, text: str, spans: list[Span], lang: str = "nb",
                     mapping: dict[str, str] | None = None) -> None:
        self.text = text
        self.lang = lang
        self.mapping = dict(mapping or {})
        self.occurrences = [Occurrence(s.start, s.end, s.text or text[s.start:s.end], s.category, s.source)
                            for s in sorted(spans, key=lambda s: (s.start, -s.end))]
        self.regroup()

    def regroup(self) -> None:
        by_key: dict[str, Entity] = {}
        for o in sorted(self.occurrences, key=lambda o: (o.start, -o.end)):
            k = entity_key(o.text, o.category)
            if k not in by_key:
                by_key[k] = Entity(k, o.category, o.text)
            by_key[k].occurrences.append(o)
        self.occurrences.sort(key=lambda o: (o.start, -o.end))
        self.entities = list(by_key.values())

    # ---- decisions ------------------------------------------------------------------------------
    def set_entity_accepted(self, row: int, accepted: bool) -> None:
        for o in self.entities[row].occurrences:
            o.accepted = accepted

    def set_all_accepted(self, accepted: bool) -> None:
        for o in self.occurrences:
            o.accepted = accepted

    def set_entity_category(self, row: int, category: str) -> None:
        for o in self.entities[row].occurrences:
            o.category = category
        self.regroup()

    def mark(self, start: int, end: int, category: str, every: bool = False) -> int:
        """Mark ``text[start:end]`` by hand (and every whole-word occurrence). Returns how many were added."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return 0
        surface = self.text[start:end]
        ranges = [(start, end)]
        if every:
            pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            ranges += [(m.start(), m.end()) for m in pat.finditer(self.text) if m.start() != start]
        added = 0
        for a, b in ranges:
            hit = [o for o in self.occurrences if o.start < b and a < o.end]
            if hit:  # already detected: accept it with the chosen category rather than double it
                for o in hit:
                    if (o.start, o.end) == (a, b):
                        o.accepted, o.category = True, category
                continue
            self.occurrences.append(Occurrence(a, b, surface, category, "manual"))
            added += 1
        self.regroup()
        return added

    def count_every(self, surface: str) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", self.text)) if surface.strip() else 0

    def add_always(self, row: int) -> str:
        label = " ".join(self.entities[row].label.split())
        if label and label not in self.always:
            self.always.append(label)
        return label

    # ---- results --------------------------------------------------------------------------------
    def accepted_spans(self) -> list[Span]:
        return [Span(o.start, o.end, o.category, o.text, o.source) for o in self.occurrences if o.accepted]

    def counts(self) -> tuple[int, int]:
        """(entities with at least one accepted occurrence, accepted occurrences)."""
        return sum(1 for e in self.entities if e.accepted_count), sum(o.accepted for o in self.occurrences)

    def tags(self) -> dict[str, str]:
        """Entity key → the tag it will get, in the order of the text (as the import will number them)."""
        tagger = Tagger(self.lang, dict(self.mapping))
        out: dict[str, str] = {}
        for e in sorted(self.entities, key=lambda e: e.occurrences[0].start):
            if e.accepted_count:
                out[e.key] = tagger.tag(e.label, e.category)
        return out

    def context(self, occ: Occurrence) -> tuple[str, str, str]:
        a = max(0, occ.start - CONTEXT)
        b = min(len(self.text), occ.end + CONTEXT)
        return (("…" if a else "") + self.text[a:occ.start].replace("\n", " "), self.text[occ.start:occ.end],
                self.text[occ.end:b].replace("\n", " ") + ("…" if b < len(self.text) else ""))
