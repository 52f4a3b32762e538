"""What storing and indexing a planned file need that depends on its text alone, computed ahead.

A batch import's read-ahead worker (:mod:`transcripts.importing.readahead`) does not stop at the plan: it
also de-identifies each turn as a ``--yes`` import does (every proposed identifier, a fresh tagger),
splits the sentences and computes the search index's ``text`` postings of each turn. The importing
process then only stores those texts and adds those postings, which balances the two processes' work on
two cores. Nothing here depends on the project (ids, pseudonyms, the duplicate check): that is still done
when the file is committed.

The importing process uses a :class:`Prepared` only where it gives exactly what it would compute
itself: :func:`usable` checks the spans and the tagger, and the index takes postings by the whole turn
text they were computed from (:func:`transcripts.search.fields.offer`). Anything else (spans edited, a
linking key's tags) is computed as before.

Privacy: ``texts`` and the postings are de-identified; ``mapping`` (original → tag, what a tagger
records) is original text, like the plan it travels with: memory and the worker's pipe only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from transcripts.deid.types import Span, Tagger, apply_spans
from transcripts.search.fields import packed_postings, turn_text
from transcripts.sentences import split_sentences


@dataclass(frozen=True)
class Prepared:
    lang: str
    spans: tuple[Span, ...] = field(repr=False)  # the spans it was computed with (all proposed)
    texts: tuple[str, ...] = field(repr=False)  # de-identified text of each turn
    sentences: tuple[tuple[tuple[int, int], ...], ...] = field(repr=False)  # (start, end) in each turn's text
    postings: tuple[bytes, ...] = field(repr=False)  # each turn's ``text`` postings (fields.packed_postings)
    mapping: dict[str, str] = field(repr=False)  # what the fresh tagger recorded
    used: frozenset[str] = field(repr=False)

    def turn_values(self) -> list[str]:
        """Each turn's ``text`` value as the index builds it from the stored lines."""
        return [turn_text(t[s:e] for s, e in sents) for t, sents in zip(self.texts, self.sentences, strict=True)]


def deidentify_turns(texts: Sequence[str], per_turn: Sequence[Sequence[Span]],
                     tagger: Tagger) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """Each turn's text with its spans (turn-local) replaced by tags, and its sentences."""
    out: list[str] = []
    sentences: list[list[tuple[int, int]]] = []
    for raw, spans in zip(texts, per_turn, strict=True):
        text = apply_spans(raw, spans, tagger) if spans else raw
        out.append(text)
        sentences.append(list(split_sentences(text)))
    return out, sentences


def prepare(raw_texts: Sequence[str], per_turn: Sequence[Sequence[Span]], spans: Iterable[Span],
            lang: str) -> Prepared:
    """De-identify with every span in ``per_turn`` and a fresh tagger, split sentences, compute postings."""
    tagger = Tagger(lang)
    texts, sentences = deidentify_turns(raw_texts, per_turn, tagger)
    sents = tuple(tuple(s) for s in sentences)
    postings = tuple(packed_postings(turn_text(t[s:e] for s, e in ss)) for t, ss in zip(texts, sents, strict=True))
    return Prepared(lang=lang, spans=tuple(spans), texts=tuple(texts), sentences=sents, postings=postings,
                    mapping=dict(tagger.mapping), used=frozenset(tagger.used))


def usable(prepared: Prepared | None, spans: Sequence[Span], tagger: Tagger, turns: int) -> bool:
    """True when ``prepared`` is what de-identifying with ``spans`` and ``tagger`` gives: the same spans,
    a tagger of the same language that has handed out nothing yet, the same number of turns."""
    return (prepared is not None and tagger.lang == prepared.lang and not tagger.mapping and not tagger.used
            and len(prepared.texts) == turns and list(spans) == list(prepared.spans))
