"""Import a REFI-QDA project (.qdpx) into a Kondens project: all or nothing, in one transaction.

Text sources become transcripts de-identified by the import pipeline (``transcripts.deid.detect`` +
``apply_spans`` with a :class:`Tagger`); speaker labels and case names become pseudonyms and are also
searched for as identifiers; selections are re-anchored through every text change (positions model
per tool, line-end folding, removed labels, tags). What Kondens cannot hold is listed as warnings.
Nothing identifying from the file (labels, case names, removed strings) is stored or logged.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript_in
from coding.store import Project
from coding.store.models import (
    Informant,
    Line,
    Memo,
    ResearchQuestion,
    Segment,
    ThemeQuestion,
    Transcript,
    Turn,
    new_guid,
)
from exports.refi.archive import QdpxArchive, QdpxError
from exports.refi.codebook import build_codes_in, unflatten
from exports.refi.deid_fields import deidentify_fields
from exports.refi.model import QNote, QProject, QTextSource, norm_guid
from exports.refi.notes import LABELS, RESEARCH_QUESTIONS, TARGET_OF_KIND, numbered, own_title, parse_kind, unfold
from exports.refi.positions import CODEPOINT, CRLF_ONE, UTF16, Edit, OffsetMap, PositionConverter, offset_model
from exports.refi.reader import note_text, read_qdpx, source_text
from exports.refi.textshape import INTERVIEWER, shape
from transcripts.deid.types import Span, Tagger, apply_spans
from transcripts.sentences import split_sentences

Detector = Callable[..., list[Span]]
Review = Callable[[str, str, list[Span]], list[Span]]  # (source title, text, proposals) → accepted
_PSEUDONYM = re.compile(r"^[A-HJ-Z][A-Z]?$")


@dataclass
class ImportReport:
    codes: int = 0
    sources: int = 0
    segments: int = 0
    notes: int = 0
    cases: int = 0
    identifiers_replaced: int = 0
    excerpts_checked: int = 0
    excerpts_matched: int = 0
    warnings: list[str] = field(default_factory=list)
    changes: Changes | None = field(default=None, repr=False)  # for the UI's undo stack

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d.pop("changes", None)
        return d


def _default_detector() -> Detector:
    from transcripts.deid import detect

    return detect


class _Deid:
    """One tagger for the whole import, so an entity keeps its tag across sources and memos."""

    def __init__(self, detector: Detector, lang: str, known: set[str], review: Review | None,
                 mapping: dict[str, str] | None) -> None:
        self.detector, self.lang, self.known, self.review = detector, lang, known, review
        self.tagger = Tagger(lang, dict(mapping or {}))
        self.count = 0

    def spans(self, text: str, title: str = "") -> list[Span]:
        spans = list(self.detector(text, known=sorted(self.known), lang=self.lang))
        if self.review is not None and spans:
            spans = list(self.review(title, text, spans))
        return spans

    def text(self, text: str, title: str = "") -> str:
        if not text.strip():
            return text
        spans = self.spans(text, title)
        self.count += len(spans)
        return apply_spans(text, spans, self.tagger) if spans else text

    def with_map(self, text: str, title: str) -> tuple[str, OffsetMap]:
        spans = self.spans(text, title)
        self.count += len(spans)
        out = apply_spans(text, spans, self.tagger)
        edits: list[Edit] = []
        pos = 0
        for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
            if sp.start < pos:
                continue
            edits.append(Edit(sp.start, sp.end, len(self.tagger.tag(sp.text, sp.category))))
            pos = sp.end
        return out, OffsetMap(edits)


def _excerpt_ok(raw: str, start: int, end: int, name: str) -> bool:
    want = " ".join(name.rstrip("…").split())
    got = " ".join(raw[start:end].split())
    return bool(want) and got.startswith(want)


def _choose_model(q: QProject, src: QTextSource, raw: str) -> str:
    """The origin's position model, unless the excerpts in ``name`` agree better with another."""
    first = offset_model(q.origin)
    named = [s for s in src.selections if s.name.strip()][:50]
    if not named:
        return first
    best, best_score = first, -1
    for model in dict.fromkeys((first, CODEPOINT, UTF16, CRLF_ONE)):
        conv = PositionConverter(raw, model)
        score = sum(_excerpt_ok(raw, conv(s.start), conv(s.end), s.name) for s in named)
        if score > best_score:
            best, best_score = model, score
    return best


class _Labels:
    """Hands out informant pseudonyms; external labels and case names never reach the database."""

    def __init__(self, s: Session) -> None:
        self.used = set(s.scalars(select(Informant.label)))
        self.map: dict[str, str] = {}
        self.cases: set[str] = set()

    def free(self) -> str:
        n = 0
        while True:
            label, k = "", n + 1
            while k:
                k, r = divmod(k - 1, 26)
                label = chr(65 + r) + label
            if label not in self.used and label != "I":
                self.used.add(label)
                return label
            n += 1

    def assign(self, external: str) -> str:
        if external in self.map:
            return self.map[external]
        if external.casefold() in INTERVIEWER:
            return "I"
        label = external if _PSEUDONYM.match(external) and external not in self.used else self.free()
        self.used.add(label)
        self.map[external] = label
        return label


def import_qdpx(project: Project, path: str | os.PathLike[str], *, yes: bool = True, lang: str = "nb",
                detector: Detector | None = None, review: Review | None = None,
                known: Iterable[str] = (), mapping: dict[str, str] | None = None) -> ImportReport:
    """Bring a .qdpx into ``project`` in ONE transaction (undoable as one step). Raises on bad input.

    ``yes`` accepts every identifier the detector proposes; otherwise ``review`` must decide.
    ``mapping`` is a linking key's original → tag map so tags stay consistent with earlier imports.
    """
    if not yes and review is None:
        raise KondensError(N_("{path}: identifiers must be reviewed; use --yes to accept every proposal"), path=path)
    q, arch = read_qdpx(path)
    try:
        q.codes = unflatten(q.codes)
        rep = ImportReport()
        names = {c.name for c in q.cases if c.name and not _PSEUDONYM.match(c.name)}
        deid = _Deid(detector or _default_detector(), lang, set(known) | names, None if yes else review, mapping)
        texts: dict[str, str | None] = {src.guid: source_text(q, src, arch) for src in q.sources}
        _unfold_descriptions(q, arch)
        for src in q.sources:
            raw = texts[src.guid]
            if raw is not None:
                deid.known.update(lab for lab in shape(raw).labels
                                  if lab.casefold() not in INTERVIEWER and not _PSEUDONYM.match(lab))
        deidentify_fields(q, deid, texts.values())  # code, theme and variable names too (deid_fields)
        try:
            with project.transaction(f"Import {Path(path).name}") as tx:
                _import_in(tx.session, q, texts, arch, deid, rep)
                tx.value = rep.sources
        except IntegrityError:  # one line, never the statement with the file's values
            raise QdpxError(N_("{path}: the project file holds conflicting entries (duplicate names or identifiers); "
                               "nothing was imported"),
                            path=path) from None
        rep.identifiers_replaced = deid.count
        rep.changes = tx.changes
        return rep
    finally:
        if arch is not None:
            arch.close()


def _import_in(s: Session, q: QProject, texts: dict[str, str | None], arch: QdpxArchive | None, deid: _Deid,
               rep: ImportReport) -> None:
    w = rep.warnings
    coded = {c.code_guid for src in q.sources for sel in src.selections for c in sel.codings}
    coded |= {c.code_guid for src in q.sources for c in src.whole_codings}
    built = build_codes_in(s, q.codes, coded, w)
    rep.codes = built.count
    from exports.refi.writer import UNKNOWN_CODER, derived_guid

    unknown = norm_guid(derived_guid("user", UNKNOWN_CODER))
    users = {u.guid: ("" if u.guid == unknown else u.name) for u in q.users}
    labels = _Labels(s)
    var_names = {v.guid: v.name.split(":", 1)[-1].strip() or v.name for v in q.variables}

    # Cases → informants (pseudonyms; names and values de-identified).
    source_case: dict[str, str] = {}
    case_informant: dict[str, int] = {}
    memos: list[Memo] = []
    for case in q.cases:
        label = labels.free() if not case.name or case.name in labels.cases else labels.assign(case.name)
        labels.cases.add(case.name)  # two cases of one name are two informants
        attrs = {var_names.get(g, g): deid.text(v) for g, v in case.values.items()}
        inf = Informant(label=label, attributes=json.dumps(attrs, ensure_ascii=False), guid=case.guid or new_guid())
        s.add(inf)
        s.flush()
        case_informant[case.guid] = inf.id
        if case.description.strip():
            memos.append(Memo(target_type="informant", target_id=inf.id, title="Case description",
                              text=deid.text(case.description)))
        for g in case.source_refs:
            source_case.setdefault(g, label)
        rep.cases += 1

    targets: dict[str, list[tuple[str, int]]] = {}  # any file GUID → memo targets in the project
    for g, t in built.targets.items():
        targets[g] = [(t.kind, t.id)]
    dropped_sel = skipped_empty = unknown_code = 0
    for src in q.sources:
        raw = texts[src.guid]
        if raw is None:
            w.append(f"source {src.guid}: text file missing, {len(src.selections)} selections not imported")
            dropped_sel += len(src.selections)
            continue
        tid, smap = _import_source(s, q, src, raw, deid, labels, source_case.get(src.guid), rep)
        rep.sources += 1
        targets[src.guid] = [("transcript", tid)]
        if src.description.strip():
            memos.append(Memo(target_type="transcript", target_id=tid, title="Description",
                              text=deid.text(src.description)))
        seen: set[tuple[int, int, int]] = set()
        for sel in src.selections:
            start, end = smap(sel.start, sel.end)
            if end <= start:
                skipped_empty += 1
                continue
            sel_segments: list[int] = []
            for c in sel.codings:
                t = built.targets.get(c.code_guid)
                if t is None or t.kind != "code":
                    unknown_code += 1
                    continue
                key = (t.id, start, end)
                if key in seen:
                    continue
                seen.add(key)
                seg = Segment(transcript_id=tid, code_id=t.id, start=start, end=end,
                              coder=users.get(c.user or sel.user, ""), created=_iso(c.created or sel.created),
                              guid=c.guid or new_guid())
                s.add(seg)
                s.flush()
                sel_segments.append(seg.id)
                targets[c.guid] = [("segment", seg.id)]
                rep.segments += 1
            if sel_segments:
                targets[sel.guid] = [("segment", sel_segments[0])]
                if sel.description.strip():
                    memos.append(Memo(target_type="segment", target_id=sel_segments[0], title="Description",
                                      text=deid.text(sel.description)))
        for c in src.whole_codings:
            t = built.targets.get(c.code_guid)
            doc_len = len(s.get_one(Transcript, tid).text)
            if t is not None and t.kind == "code" and doc_len:
                s.add(Segment(transcript_id=tid, code_id=t.id, start=0, end=doc_len, guid=c.guid or new_guid()))
                rep.segments += 1
    if dropped_sel:
        w.append(f"{dropped_sel} text selections not imported because their source text is missing")
    if skipped_empty:
        w.append(f"{skipped_empty} empty (zero-length) selections skipped")
    if unknown_code:
        w.append(f"{unknown_code} codings refer to unknown or non-codable codes and were skipped")
    if q.other_sources:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(q.other_sources.items()))
        w.append(f"not imported (Kondens holds text only): {kinds}; {q.other_selections} selections in them")
    if q.sets:
        w.append(f"{q.sets} sets not imported")
    _import_notes(s, q, arch, deid, targets, case_informant, memos, rep)


def _import_source(s: Session, q: QProject, src: QTextSource, raw: str, deid: _Deid, labels: _Labels,
                   case_label: str | None, rep: ImportReport) -> tuple[int, Callable[[int, int], tuple[int, int]]]:
    model = _choose_model(q, src, raw)
    conv = PositionConverter(raw, model)
    for sel in src.selections:
        if sel.name.strip():
            rep.excerpts_checked += 1
            rep.excerpts_matched += _excerpt_ok(raw, conv(sel.start), conv(sel.end), sel.name)
    sh = shape(raw)
    title = deid.text(src.name.strip() or "Imported source")
    text, dmap = deid.with_map(sh.text, title)
    m1 = OffsetMap(sh.edits)
    speaker_of = {lab: labels.assign(lab) for lab in sh.labels}
    informant = case_label or next((v for v in speaker_of.values() if v != "I"), None) or labels.free()
    turns: list[NewTurn] = []
    lines: list[NewLine] = []
    for i, t in enumerate(sh.turns):
        start, end = dmap.map_span(t.start, t.end)
        who = speaker_of.get(t.label, informant) if t.label else informant
        turns.append(NewTurn(speaker=who, role="interviewer" if who == "I" else "informant", start=start, end=end))
        # Lines exactly as a normal import splits them (abbreviations, initials, dates stay whole).
        lines.extend(NewLine(i, start + a, start + b) for a, b in split_sentences(text[start:end]))
    nt = NewTranscript(title=title, text=text, turns=tuple(turns), lines=tuple(lines), source_format="qdpx",
                       informant_label=informant, word_count=len(text.split()))
    tid = _add_transcript_bulk(s, nt)

    def smap(a: int, b: int) -> tuple[int, int]:
        a1, b1 = m1.map_span(conv(a), conv(b))
        return dmap.map_span(a1, b1)

    return tid, smap


def _add_transcript_bulk(s: Session, nt: NewTranscript) -> int:
    """Like ``add_transcript_in`` but inserts turns and lines in two statements (tools such as NVivo make
    one turn per paragraph: tens of thousands of rows)."""
    empty = NewTranscript(title=nt.title, text=nt.text, turns=(), lines=(), source_format=nt.source_format,
                          informant_label=nt.informant_label, word_count=nt.word_count)
    tid = add_transcript_in(s, empty)
    first = (s.scalar(select(func.max(Turn.id))) or 0) + 1
    if nt.turns:
        s.execute(Turn.__table__.insert(), [
            {"id": first + i, "transcript_id": tid, "index": i, "speaker": t.speaker, "role": t.role,
             "start": t.start, "end": t.end, "timestamp": t.timestamp} for i, t in enumerate(nt.turns)])
    if nt.lines:
        s.execute(Line.__table__.insert(), [
            {"transcript_id": tid, "turn_id": first + ln.turn_index, "number": n, "start": ln.start, "end": ln.end}
            for n, ln in enumerate(nt.lines, start=1)])
    return tid


def _note_kinds(q: QProject) -> dict[str, tuple[str | None, str | None]]:
    return {n.guid: parse_kind(n.description) for n in q.notes}


def _block(note: QNote, kind: str | None, arch: QdpxArchive | None) -> tuple[str, str]:
    label = LABELS["condensate"] if kind == "condensate" else note.name
    return (label, note_text(note, arch))


def _unfold_descriptions(q: QProject, arch: QdpxArchive | None) -> None:
    """Take the notes Kondens folded into Descriptions (exports.refi.notes) back off, before anything
    is stored: each note then arrives once, as itself."""
    kinds = _note_kinds(q)
    by_guid = {n.guid: n for n in q.notes}

    def blocks(refs: Iterable[str]) -> list[tuple[str, str]]:
        out = []
        for g in refs:
            n = by_guid.get(g)
            kind = kinds.get(g, (None, None))[0]
            if n is not None and kind is not None and kind not in ("research-question", "journal", "memo"):
                out.append(_block(n, kind, arch))
        return out

    for c in q.all_codes():
        c.description = unfold(c.description, blocks(c.note_refs))
    for src in q.sources:
        src.description = unfold(src.description, blocks(src.note_refs))
        for sel in src.selections:
            refs = [g for c in sel.codings for g in c.note_refs] + sel.note_refs
            sel.description = unfold(sel.description, blocks(refs))
    for case in q.cases:
        mine = [n for n in q.notes if kinds[n.guid][0] == "informant-memo"
                and norm_guid(kinds[n.guid][1]) == case.guid]
        case.description = unfold(case.description, [_block(n, "informant-memo", arch) for n in mine])
    rqs = [note_text(n, arch) for n in q.notes if kinds[n.guid][0] == "research-question"]
    if rqs:
        q.description = unfold(q.description, [(RESEARCH_QUESTIONS, numbered(rqs))])


def _import_notes(s: Session, q: QProject, arch: QdpxArchive | None, deid: _Deid,
                  targets: dict[str, list[tuple[str, int]]], case_informant: dict[str, int], memos: list[Memo],
                  rep: ImportReport) -> None:
    from coding.store.models import ThemeNode

    refs: dict[str, list[str]] = {}  # note GUID → GUIDs of what points to it
    for c in q.all_codes():
        for n in c.note_refs:
            refs.setdefault(n, []).append(c.guid)
    for src in q.sources:
        for n in src.note_refs:
            refs.setdefault(n, []).append(src.guid)
        for sel in src.selections:
            for n in sel.note_refs:
                refs.setdefault(n, []).append(sel.guid)
            for c in sel.codings:
                for n in c.note_refs:
                    refs.setdefault(n, []).append(c.guid)
    for ln in q.links:  # NVivo annotations: Link origin=note → selection
        refs.setdefault(ln.origin, []).append(ln.target)
    kinds = _note_kinds(q)
    journal_names = {n.name for n in q.notes if kinds[n.guid][0] == "journal"}
    unplaced = 0
    q_pos = s.scalar(select(func.max(ResearchQuestion.position))) or 0
    for note in q.notes:
        kind, kind_target = kinds.get(note.guid, (None, None))
        body = deid.text(note_text(note, arch))
        if kind is not None and note.name == LABELS.get(kind):
            title = ""  # Kondens's default title: the memo had none of its own
        elif own_title(note.name):
            title = note.name.strip()
        else:
            title = deid.text(_journal_title(note.name, journal_names) if kind == "journal" else note.name)
        places = [t for g in refs.get(note.guid, []) for t in targets.get(g, [])]
        rep.notes += 1
        if kind == "research-question":
            q_pos += 1
            rq = ResearchQuestion(text=body, position=q_pos)
            s.add(rq)
            s.flush()
            for theme_id in dict.fromkeys(tid for k, tid in places if k == "theme"):
                s.add(ThemeQuestion(theme_id=theme_id, question_id=rq.id))
            continue
        if kind == "condensate" or (kind is None and title.casefold().startswith("condensate")):
            nodes = [tid for k, tid in places if k == "theme"]
            for tid in nodes:
                node = s.get(ThemeNode, tid)
                if node is not None:
                    node.summary = body
            if nodes:
                continue
        if kind == "informant-memo" and kind_target and norm_guid(kind_target) in case_informant:
            places = [("informant", case_informant[norm_guid(kind_target)])]
        elif kind in TARGET_OF_KIND and TARGET_OF_KIND[kind] == "journal":
            places = []
        placed = False
        for target_type, target_id in places:
            memos.append(Memo(target_type=target_type, target_id=target_id, title=title, text=body,
                              created=_iso(note.created), guid=note.guid if not placed else new_guid()))
            placed = True
        if not placed:
            if refs.get(note.guid) and note.guid not in q.project_note_refs:
                unplaced += 1
            memos.append(Memo(target_type="journal", target_id=None,
                              title=title or ("" if kind == "journal" else "Note"), text=body,
                              created=_iso(note.created), guid=note.guid or new_guid()))
    if q.description.strip():
        memos.append(Memo(target_type="journal", target_id=None, title="Project description",
                          text=deid.text(q.description)))
    if unplaced:
        rep.warnings.append(f"{unplaced} notes were attached to items that were not imported; kept in the journal")
    s.add_all(memos)
    s.flush()


def _journal_title(name: str, journal_names: set[str]) -> str:
    """Undo the writer's "Refleksjon (2)" (journal titles are made unique for QualCoder)."""
    m = re.match(r"^(.*) \((\d+)\)$", name)
    return m.group(1) if m and m.group(1) in journal_names else name


def _iso(value: str) -> str:
    from coding.store.models import now_iso

    v = (value or "").strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", v):
        return v[:19] + "+00:00"
    return now_iso()
