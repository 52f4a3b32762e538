"""The review of one import batch: every detection in every file, grouped into entities, and every decision.

One :class:`BatchReview` per import. The entity list, the header counts, the preview highlighting, the
summary and the import itself all read this one object, so a decision (tick, category, merge of variants,
manual mark, never-list) is made once and never changes unless the user changes it: switching files,
sorting, filtering or going back a page only changes what is shown.

Entities are grouped across the files of the batch by their surface (``Tagger.entity_key``: whitespace,
genitive -s and case folded), independent of the category the detector guessed, so "Oslo" in four files
is one row decided once. Documents have stable ids; removing a file from the batch never renumbers.

Memory only (PRIVACY.md rule 1): the original text and the strings found are never written anywhere by
this module. No Qt here; ``app.review`` adapts it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from transcripts.deid.types import CATEGORIES, Span, Tagger
from transcripts.deid.words import NeverList

CONTEXT = 40


@dataclass
class Occurrence:
    doc: int
    start: int
    end: int
    text: str = field(repr=False)
    source: str = ""
    confident: bool = True
    accepted: bool = True

    @property
    def proposed(self) -> bool:
        """Found by the detector (not marked by hand)."""
        return self.source != "manual"


@dataclass
class Entity:
    eid: int
    category: str
    label: str = field(repr=False)  # the surface shown: the first occurrence's text
    occurrences: list[Occurrence] = field(default_factory=list)
    keys: set[str] = field(default_factory=set, repr=False)  # surface keys grouped here (merged variants)
    decision: bool | None = None  # the user's last whole-entity decision; later occurrences follow it
    never: bool = False  # ruled out by the never-list during this review

    @property
    def accepted_count(self) -> int:
        return sum(o.accepted for o in self.occurrences)

    @property
    def uncertain(self) -> bool:
        """Every occurrence rests on weak evidence: shown in its own group at the top to be looked at."""
        return bool(self.occurrences) and not any(o.confident for o in self.occurrences)

    @property
    def docs(self) -> list[int]:
        return list(dict.fromkeys(o.doc for o in self.occurrences))


@dataclass
class ReviewDoc:
    did: int
    name: str
    text: str = field(repr=False)
    lang: str = "nb"


def surface_key(text: str) -> str:
    return Tagger.entity_key(text)


class BatchReview:
    """Decisions for one batch. ``mapping`` is the linking key's (original → tag), shared by all files;
    ``None`` means no key, so each file numbers its own tags. ``never`` is the project's never-list,
    ``always`` the key's always-list (both copied; the caller saves them)."""

    def __init__(self, mapping: dict[str, str] | None = None, never: Iterable[str] = (),
                 always: Iterable[str] = ()) -> None:
        self.mapping = mapping
        self.never: list[str] = list(never)
        self._never_forms = NeverList(self.never)
        self.always: list[str] = list(always)
        self.docs: dict[int, ReviewDoc] = {}
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._next_doc = 0
        self._next_eid = 0
        self._marks: list[tuple[str, str]] = []  # (surface, category) marked "every occurrence"
        self.added_never: list[str] = []
        self.added_always: list[str] = []
        self.ruled_out = 0  # proposals dropped because they are on the never-list

    # ---- documents --------------------------------------------------------------------------------
    def add_document(self, name: str, text: str, spans: Iterable[Span], lang: str = "nb") -> int:
        did = self._next_doc
        self._next_doc += 1
        self.docs[did] = ReviewDoc(did, name, text, lang)
        for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
            surface = sp.text or text[sp.start:sp.end]
            if self._never_forms.matches(surface):
                self.ruled_out += 1
                continue
            self._add(Occurrence(did, sp.start, sp.end, surface, sp.source, sp.confident),
                      sp.category)
        for surface, category in self._marks:
            self._mark_in(did, surface, category, None)
        self._sort()
        return did

    def replace_spans(self, did: int, spans: Iterable[Span], lang: str | None = None) -> None:
        """New detections for a document (detected again, e.g. for another written standard). Marks by
        hand stay, and a detection at the same place keeps the decision made on it."""
        doc = self.docs[did]
        if lang is not None:
            doc.lang = lang
        old: dict[tuple[int, int], bool] = {}
        for e in self.entities:
            kept = []
            for o in e.occurrences:
                if o.doc != did or not o.proposed:
                    kept.append(o)
                else:
                    old[(o.start, o.end)] = o.accepted
            e.occurrences = kept
        self._drop_empty()
        for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
            surface = sp.text or doc.text[sp.start:sp.end]
            if self._never_forms.matches(surface):
                continue
            if any(o.doc == did and o.start < sp.end and sp.start < o.end for e in self.entities
                   for o in e.occurrences):
                continue  # a mark by hand covers it
            occ = Occurrence(did, sp.start, sp.end, surface, sp.source, sp.confident)
            ent = self._add(occ, sp.category)
            if (sp.start, sp.end) in old:
                ent.occurrences[-1].accepted = old[(sp.start, sp.end)]
        self._sort()

    def remove_document(self, did: int) -> None:
        self.docs.pop(did, None)
        for e in self.entities:
            e.occurrences = [o for o in e.occurrences if o.doc != did]
        self._drop_empty()

    def _add(self, occ: Occurrence, category: str) -> Entity:
        key = surface_key(occ.text)
        ent = self._by_key.get(key)
        if ent is None:
            ent = Entity(self._next_eid, category, " ".join(occ.text.split()), keys={key})
            self._next_eid += 1
            self._by_key[key] = ent
            self.entities.append(ent)
        elif ent.decision is not None:
            occ.accepted = ent.decision
        if ent.never:
            occ.accepted = False
        ent.occurrences.append(occ)
        return ent

    def _drop_empty(self) -> None:
        gone = [e for e in self.entities if not e.occurrences]
        for e in gone:
            for k in e.keys:
                self._by_key.pop(k, None)
        self.entities = [e for e in self.entities if e.occurrences]

    def _sort(self) -> None:
        order = {d: i for i, d in enumerate(self.docs)}
        for e in self.entities:
            e.occurrences.sort(key=lambda o: (order.get(o.doc, 0), o.start, -o.end))
        self.entities.sort(key=lambda e: (order.get(e.occurrences[0].doc, 0), e.occurrences[0].start)
                           if e.occurrences else (0, 0))

    def entity(self, eid: int) -> Entity:
        return next(e for e in self.entities if e.eid == eid)

    def entity_at(self, did: int, pos: int) -> Entity | None:
        for e in self.entities:
            for o in e.occurrences:
                if o.doc == did and o.start <= pos < o.end:
                    return e
        return None

    # ---- decisions --------------------------------------------------------------------------------
    def set_accepted(self, eid: int, accepted: bool) -> None:
        e = self.entity(eid)
        e.decision = accepted
        for o in e.occurrences:
            o.accepted = accepted

    def set_occurrence_accepted(self, occ: Occurrence, accepted: bool) -> None:
        occ.accepted = accepted

    def set_all_accepted(self, accepted: bool) -> None:
        for e in self.entities:
            if not e.never or not accepted:
                self.set_accepted(e.eid, accepted)

    def set_category(self, eid: int, category: str) -> None:
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        self.entity(eid).category = category

    def merge(self, eids: list[int]) -> Entity:
        """Treat several variants ("Kari", "Kari Nordmann") as one entity: one tag, one decision.
        The first entity keeps its label and category."""
        ents = [self.entity(i) for i in dict.fromkeys(eids)]
        target = ents[0]
        for e in ents[1:]:
            target.occurrences.extend(e.occurrences)
            target.keys |= e.keys
            for k in e.keys:
                self._by_key[k] = target
            self.entities.remove(e)
        self._sort()
        return target

    def mark(self, did: int, start: int, end: int, category: str, every: bool = False) -> int:
        """Mark ``text[start:end]`` of a document by hand, and with ``every`` each whole-word occurrence in
        every file of the batch (also files added later). Returns how many occurrences were added."""
        text = self.docs[did].text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end or category not in CATEGORIES:
            return 0
        surface = text[start:end]
        added = self._mark_in(did, surface, category, (start, end))
        if every:
            self._marks.append((surface, category))
            for other in self.docs:
                added += self._mark_in(other, surface, category, None)
        self._sort()
        return added

    def _mark_in(self, did: int, surface: str, category: str, only: tuple[int, int] | None) -> int:
        text = self.docs[did].text
        if only is not None:
            ranges = [only]
        else:
            pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            ranges = [(m.start(), m.end()) for m in pat.finditer(text)]
        added = 0
        for a, b in ranges:
            hit = [o for e in self.entities for o in e.occurrences if o.doc == did and o.start < b and a < o.end]
            if hit:  # already detected or marked: accept it rather than double it
                for o in hit:
                    if (o.start, o.end) == (a, b):
                        o.accepted = True
                continue
            ent = self._add(Occurrence(did, a, b, surface, "manual"), category)
            ent.never = False
            ent.occurrences[-1].accepted = True
            added += 1
        return added

    def count_every(self, surface: str) -> int:
        if not surface.strip():
            return 0
        pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        return sum(len(pat.findall(d.text)) for d in self.docs.values())

    def add_never(self, eid: int) -> str:
        """Rule the entity out as "not an identifier": unticked everywhere in the batch and added to the
        project's never-list (the caller stores ``added_never``)."""
        e = self.entity(eid)
        word = e.label
        if word.casefold() not in {w.casefold() for w in self.never}:
            self.never.append(word)
            self.added_never.append(word)
            self._never_forms = NeverList(self.never)
        e.never = True
        self.set_accepted(eid, False)
        return word

    def add_always(self, eid: int) -> str:
        label = self.entity(eid).label
        if label and label not in self.always:
            self.always.append(label)
            self.added_always.append(label)
        return label

    # ---- results ----------------------------------------------------------------------------------
    def accepted_spans(self, did: int) -> list[Span]:
        return sorted((Span(o.start, o.end, e.category, o.text, o.source)
                       for e in self.entities for o in e.occurrences if o.doc == did and o.accepted),
                      key=lambda s: (s.start, -s.end))

    def counts(self) -> tuple[int, int, int]:
        """(entities with an accepted occurrence, accepted occurrences, files they are in)."""
        ents = [e for e in self.entities if e.accepted_count]
        files = {o.doc for e in ents for o in e.occurrences if o.accepted}
        return len(ents), sum(e.accepted_count for e in ents), len(files)

    def unticked(self, did: int | None = None) -> int:
        """Proposals the user unticked (in one file, or the whole batch)."""
        return sum(1 for e in self.entities for o in e.occurrences
                   if o.proposed and not o.accepted and (did is None or o.doc == did))

    def per_category(self, did: int) -> Counter[str]:
        return Counter(e.category for e in self.entities for o in e.occurrences if o.doc == did and o.accepted)

    def prepare_tagger(self, tagger: Tagger, did: int) -> None:
        """Give every accepted entity of the file its tag before the file is committed, in text order
        (as the import numbers them), so merged variants share one tag and the preview is exact."""
        firsts: list[tuple[int, Entity]] = []
        for e in self.entities:
            starts = [o.start for o in e.occurrences if o.doc == did and o.accepted]
            if starts:
                firsts.append((min(starts), e))
        for _, e in sorted(firsts, key=lambda p: p[0]):
            keys = [f"{e.category}:{surface_key(e.label)}"]
            keys += sorted(f"{e.category}:{k}" for k in e.keys if f"{e.category}:{k}" != keys[0])
            keys += sorted({f"{e.category}:{surface_key(o.text)}" for o in e.occurrences} - set(keys))
            known = next((tagger.mapping[k] for k in keys if k in tagger.mapping), None)
            tag = known if known is not None else tagger.tag(e.label, e.category)
            for k in keys:
                tagger.mapping[k] = tag

    def tagger_for(self, did: int, shared: Tagger | None = None) -> Tagger:
        """The tagger the import uses for one file: the key's shared mapping, or a fresh one per file."""
        lang = self.docs[did].lang
        if self.mapping is not None:
            tagger = shared if shared is not None else Tagger(lang, mapping=self.mapping)
        else:
            tagger = Tagger(lang)
        self.prepare_tagger(tagger, did)
        return tagger

    def tags(self) -> dict[int, list[str]]:
        """Entity id → the distinct tags it will get, simulating the import file by file on a copy."""
        out: dict[int, list[str]] = {}
        shared = Tagger("nb", dict(self.mapping)) if self.mapping is not None else None
        for did, doc in self.docs.items():
            tagger = shared if shared is not None else Tagger(doc.lang)
            if shared is not None:
                shared.lang = doc.lang
            self.prepare_tagger(tagger, did)
            for e in self.entities:
                if any(o.doc == did and o.accepted for o in e.occurrences):
                    tag = tagger.mapping[f"{e.category}:{surface_key(e.label)}"]
                    if tag not in out.setdefault(e.eid, []):
                        out[e.eid].append(tag)
        return out

    def context(self, occ: Occurrence) -> tuple[str, str, str]:
        text = self.docs[occ.doc].text
        a = max(0, occ.start - CONTEXT)
        b = min(len(text), occ.end + CONTEXT)
        return (("…" if a else "") + text[a:occ.start].replace("\n", " "), text[occ.start:occ.end],
                text[occ.end:b].replace("\n", " ") + ("…" if b < len(text) else ""))
