"""Committing a plan: de-identify turn by turn, split sentences on the de-identified text, store.

One ``project.transaction``: the transcript, its turns, lines and any new informants are stored all
together or not at all, and the whole import is one undo step.
"""

from __future__ import annotations

import itertools
import json
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript_in
from coding.store import Project
from coding.store.models import Informant, Transcript
from transcripts.deid.types import Span, Tagger
from transcripts.importing.plan import ImportPlan, SpeakerChoice
from transcripts.importing.prepared import Prepared, deidentify_turns, prepare, usable
from transcripts.search.fields import offer

ROLES = ("interviewer", "informant", "other")


def _spans_per_turn(plan: ImportPlan, spans: Iterable[Span]) -> list[list[Span]]:
    """Shift spans into turn-local offsets; a span crossing a turn boundary is clipped to each turn."""
    out: list[list[Span]] = [[] for _ in plan.turns]
    ordered = sorted(spans, key=lambda s: s.start)
    i = 0
    for ti, (a, b) in enumerate(plan.turn_ranges):
        while i < len(ordered) and ordered[i].end <= a:
            i += 1
        j = i
        while j < len(ordered) and ordered[j].start < b:
            sp = ordered[j]
            s, e = max(sp.start, a), min(sp.end, b)
            if e > s:
                out[ti].append(Span(s - a, e - a, sp.category, plan.speech[s:e], sp.source))
            j += 1
    return out


def _title(plan: ImportPlan, informant: str | None) -> str:
    """"Intervju A" (the informant's pseudonym), never the file's heading: a heading holds names and
    places more often than not, and de-identified it reads "Intervju [navn 1]"."""
    word = "Interview" if plan.lang == "en" else "Intervju"
    return f"{word} {informant}" if informant else word


def unique_title(s: Session, title: str) -> str:
    """``title``, or "title (2)", "title (3)", … when another transcript has it already."""
    used = set(s.scalars(select(Transcript.title)))
    if title not in used:
        return title
    return next(f"{title} ({n})" for n in itertools.count(2) if f"{title} ({n})" not in used)


def build_transcript(plan: ImportPlan, speakers: list[SpeakerChoice], accepted_spans: Iterable[Span],
                     tagger: Tagger) -> NewTranscript:
    """The de-identified transcript ready to store (pure; only de-identified text leaves this function)."""
    if len(speakers) != len(plan.speakers):
        raise ValueError("one SpeakerChoice per planned speaker is needed")
    for ch in speakers:
        if ch.role not in ROLES:
            raise ValueError(f"unknown role {ch.role!r}")
    choice = {sp.key: speakers[i] for i, sp in enumerate(plan.speakers)}
    spans = list(accepted_spans)
    prepared = plan.prepared
    if prepared is not None and usable(prepared, spans, tagger, len(plan.turns)):
        # Computed ahead by the read-ahead worker with these very spans and a fresh tagger: the same texts
        # and sentences; the tagger records what it would have handed out.
        texts, sentences = list(prepared.texts), [list(s) for s in prepared.sentences]
        tagger.mapping.update(prepared.mapping)
        tagger.used.update(prepared.used)
    else:
        texts, sentences = deidentify_turns([t.text for t in plan.turns], _spans_per_turn(plan, spans), tagger)
    turns: list[NewTurn] = []
    lines: list[NewLine] = []
    pos = 0
    for ti, raw in enumerate(plan.turns):
        text = texts[ti]
        ch = choice[raw.key]
        turns.append(NewTurn(ch.pseudonym, ch.role, pos, pos + len(text), raw.timestamp))
        lines.extend(NewLine(ti, pos + s, pos + e) for s, e in sentences[ti])
        pos += len(text) + 2
    informants = [c for c in speakers if c.role == "informant"]
    main = informants[0].pseudonym if informants else None
    return NewTranscript(
        title=_title(plan, main), text="\n\n".join(texts), turns=tuple(turns), lines=tuple(lines),
        source_format=plan.source_format, informant_label=main, word_count=plan.words,
        content_hash=plan.content_hash,
    )


def prepare_plan(plan: ImportPlan) -> Prepared:
    """``plan``'s turns de-identified as a ``--yes`` import does (every proposed span, a fresh tagger), their
    sentences and index postings (:mod:`transcripts.importing.prepared`); the read-ahead worker's share."""
    return prepare([t.text for t in plan.turns], _spans_per_turn(plan, plan.spans), plan.spans, plan.lang)


def _letters() -> Iterator[str]:
    """A, B, … Z, AA, AB, … (the same sequence as ``next_free_label``)."""
    for n in itertools.count(1):
        for combo in itertools.product(string.ascii_uppercase, repeat=n):
            yield "".join(combo)


def resolve_pseudonyms(s: Session, speakers: list[SpeakerChoice]) -> list[SpeakerChoice]:
    """Keep chosen letters, but never merge a NEW informant into an existing one by accident."""
    used = set(s.scalars(select(Informant.label)))
    out: list[SpeakerChoice] = []
    seen: set[str] = set()
    for ch in speakers:
        label = " ".join(ch.pseudonym.split()) or "?"
        if ch.role == "informant" and not ch.existing and (label in used or label in seen or label == "I"):
            label = next(x for x in _letters() if x not in used and x not in seen and x != "I")
        seen.add(label)
        out.append(SpeakerChoice(label, ch.role, ch.existing))
    return out


def commit_import(project: Project, plan: ImportPlan, *, speakers: list[SpeakerChoice] | None = None,
                  accepted_spans: Iterable[Span] | None = None, tagger: Tagger | None = None,
                  before_commit: Callable[[], None] | None = None) -> Changes:
    """Store ``plan`` de-identified. ``accepted_spans`` default to every proposed span (``--yes``).

    ``before_commit()`` runs inside the transaction once everything is stored; if it raises, nothing
    is (the linking key is written there: :mod:`transcripts.importing.keyed`).

    Returns the ``Changes`` of the one transaction; ``changes.value`` is the new transcript id.
    """
    tagger = tagger if tagger is not None else Tagger(plan.lang)
    spans = list(plan.spans if accepted_spans is None else accepted_spans)
    # Turns de-identified ahead (read-ahead worker) come with their index postings: offered to the index below.
    ahead = plan.prepared if usable(plan.prepared, spans, tagger, len(plan.turns)) else None
    with project.transaction(f"Import {plan.name}") as tx:
        chosen = resolve_pseudonyms(tx.session, speakers if speakers is not None else plan.choices())
        nt = build_transcript(plan, chosen, spans, tagger)
        main = nt.informant_label
        for ch in chosen:
            if ch.role == "informant" and ch.pseudonym != main:
                if tx.session.scalar(select(Informant.id).where(Informant.label == ch.pseudonym)) is None:
                    tx.session.add(Informant(label=ch.pseudonym, attributes=json.dumps({})))
                    tx.session.flush()
        nt = replace(nt, title=unique_title(tx.session, nt.title))
        tx.value = add_transcript_in(tx.session, nt)
        if ahead is not None:  # before the commit hook hands the new turns to the index
            offer(zip(ahead.turn_values(), ahead.postings, strict=True))
        if before_commit is not None:
            before_commit()
    return tx.changes


def stored_speakers(project: Project, transcript_id: int) -> tuple[list[dict[str, str]], list[str], str | None]:
    """What was stored: speakers (pseudonym + role, first-seen order), turn roles, informant label."""
    from coding.store.models import Turn

    with project.read() as s:
        rows = s.execute(select(Turn.speaker, Turn.role).where(Turn.transcript_id == transcript_id)
                         .order_by(Turn.index)).all()
        inf = s.scalar(select(Informant.label).join(Transcript, Transcript.informant_id == Informant.id)
                       .where(Transcript.id == transcript_id))
    speakers: dict[str, str] = {}
    for sp, role in rows:
        speakers.setdefault(sp, role)
    return [{"label": k, "role": v} for k, v in speakers.items()], [r for _, r in rows], inf
