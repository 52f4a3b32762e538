"""Field types of the "lines" index whose indexing skips whoosh's per-token machinery.

whoosh analyses a field value as a chain of generators (tokenizer → lower-case → tags → stemming →
line gaps), one ``Token`` object passed through every filter for every word, and then counts the
tokens in ``Format.word_values``. For a 10,000-word transcript that is most of the cost of adding its
documents. These fields compute the very same postings (terms, frequencies, weights, encoded
positions) in one loop over each line's words; a batch import's read-ahead worker computes the ``text``
postings of the turns it de-identified ahead (:func:`offer`), so this process only adds them. Queries, highlighting and every other use of the
field still go through the field's analyzer (:mod:`transcripts.search.analysis`), so a query term is
analysed exactly as before; ``tests/test_search_fields.py`` checks that both paths agree.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pickle import HIGHEST_PROTOCOL, dumps, loads
from typing import Any

from whoosh.fields import KEYWORD, TEXT
from whoosh.system import pack_uint

from transcripts.search.analysis import (
    LINE_SEP,
    LINE_SHIFT,
    TOKEN_RE,
    names_by_line_analyzer,
    norwegian_analyzer,
    stem,
    tag_token,
)

Posting = tuple[bytes, int, float, bytes]  # (term, frequency, weight, encoded value), as Field.index yields
_LIMIT = (1 << LINE_SHIFT) - 1
_WORDS = TOKEN_RE.findall
_SPACE_SEPARATED = re.compile(r"[^ \t\r\n]+").findall  # whoosh's SpaceSeparatedTokenizer


_ONE: dict[int, bytes] = {}  # encoded value of a term seen once in a document, by its position (most terms)
_TERMS: dict[str, str] = {}  # word as written → index term (lower-cased, tag form or stem)
_CACHE_MAX = 200_000


def _one(p: int) -> bytes:
    """The encoded value of a term seen once, at position ``p``: one shared object per position, as whoosh's
    block pickles see it (pickle writes an object it has seen in the block as a reference, so the index's
    bytes depend on this sharing)."""
    one = _ONE
    value = one.get(p)
    if value is None:
        if len(one) > _CACHE_MAX:
            one.clear()
        value = one[p] = pack_uint(1) + dumps([p], 2)
    return value


def _positions(poses: dict[str, list[int]], boost: float, *, bare: bool = False) -> list[Posting]:
    """What ``whoosh.formats.Positions`` makes of the positions of each term (deltas, pickled). ``bare``:
    a term seen once carries its position instead of the encoded value (see :func:`packed_postings`)."""
    out: list[Posting] = []
    one = _ONE
    for w, pl in poses.items():
        if len(pl) == 1:
            p = pl[0]
            if bare:
                out.append((w.encode("utf8"), 1, boost, p))  # type: ignore[arg-type]  # unpacked by _unpack
                continue
            value = one.get(p)
            if value is None:
                if len(one) > _CACHE_MAX:
                    one.clear()
                value = one[p] = pack_uint(1) + dumps([p], 2)
            out.append((w.encode("utf8"), 1, boost, value))
            continue
        deltas = [pl[0]]
        deltas.extend(b - a for a, b in zip(pl, pl[1:], strict=False))
        out.append((w.encode("utf8"), len(pl), len(pl) * boost, pack_uint(len(deltas)) + dumps(deltas, 2)))
    return out


def _term(word: str) -> str:
    w = word.lower()
    if w[0] == "[":  # a de-identification tag: one token, never stemmed
        w = tag_token(w)
    elif w.isalpha():  # digits and tags stay exact
        w = stem(w)
    if len(_TERMS) > _CACHE_MAX:
        _TERMS.clear()
    _TERMS[word] = w
    return w


def turn_text(lines: Iterable[str]) -> str:
    """The ``text`` field's value of a turn: its lines joined by ``LINE_SEP``."""
    return LINE_SEP.join(line.replace(LINE_SEP, " ") for line in lines)


def text_postings(value: str, boost: float = 1.0, *, bare: bool = False) -> list[Posting]:
    """The postings of a ``text`` value (:class:`LineText`): a pure function of the value (``bare``: see
    :func:`_positions`)."""
    poses: dict[str, list[int]] = {}
    terms = _TERMS
    base = 0
    for line in value.split(LINE_SEP):
        pos, top = base, base | _LIMIT
        for word in _WORDS(line):
            w = terms.get(word) or _term(word)
            got = poses.get(w)
            if got is None:
                poses[w] = [pos]
            else:
                got.append(pos)
            if pos < top:  # the token number within a line stops at the line's last position
                pos += 1
        base += 1 << LINE_SHIFT
    return _positions(poses, boost, bare=bare)


def packed_postings(value: str) -> bytes:
    """:func:`text_postings` of ``value`` pickled, to be handed to :func:`offer` (by another process). A term
    seen once carries its position: this process encodes it through its own shared values (:func:`_one`),
    so the index's bytes are the same as if it had analysed the text itself (and the pickle is smaller)."""
    return dumps(text_postings(value, bare=True), HIGHEST_PROTOCOL)


def _unpack(packed: bytes) -> list[Posting]:
    out: list[Posting] = []
    for w, n, weight, v in loads(packed):
        out.append((w, n, weight, _one(v) if n == 1 else v))
    return out


# Postings computed ahead (a batch import's read-ahead worker computes them for the turns it de-identified):
# ``text`` value → [its pickled postings, how many documents with that value are to come], taken when the
# index adds a document with that value and dropped after the last ("Mm." is many turns' whole text).
# Keyed by the whole value, so a posting list is only ever used for the very text it was computed from.
# Memory only (de-identified text, as the index holds it); bounded, the oldest dropped first.
_AHEAD: dict[str, list[Any]] = {}
_AHEAD_LOCK = threading.Lock()
AHEAD_MAX = 8000  # distinct turn texts (about 60 interviews of 10,000 words: more than the index ever lags)


def offer(pairs: Iterable[tuple[str, bytes]]) -> None:
    """Postings computed elsewhere for ``text`` values about to be indexed: (value, :func:`packed_postings`)."""
    with _AHEAD_LOCK:
        for value, packed in pairs:
            got = _AHEAD.get(value)
            if got is None:
                _AHEAD[value] = [packed, 1]
            else:
                got[1] += 1
        while len(_AHEAD) > AHEAD_MAX:
            del _AHEAD[next(iter(_AHEAD))]


def offered_count() -> int:
    """Documents whose postings are waiting in the offers (for tests)."""
    with _AHEAD_LOCK:
        return sum(n for _, n in _AHEAD.values())


def discard_offers() -> None:
    with _AHEAD_LOCK:
        _AHEAD.clear()


def _offered(value: str) -> list[Posting] | None:
    if not _AHEAD:
        return None
    with _AHEAD_LOCK:
        got = _AHEAD.get(value)
        if got is None:
            return None
        packed = got[0]
        got[1] -= 1
        if got[1] <= 0:
            del _AHEAD[value]
    return _unpack(packed)


class LineText(TEXT):  # type: ignore[misc]  # whoosh has no type hints
    """Free text of a turn: lines joined by ``LINE_SEP``; analysed as :func:`norwegian_analyzer` does."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(analyzer=norwegian_analyzer(), phrase=True, **kwargs)

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting]:
        if not isinstance(value, str):
            return super().index(value, **kwargs)  # type: ignore[no-any-return]
        boost = self.format.field_boost
        got = _offered(value) if boost == 1.0 else None
        return iter(got if got is not None else text_postings(value, boost))


class NamesByLine(TEXT):  # type: ignore[misc]
    """Code or theme names per line ("a,b␞␞c"), analysed as :func:`names_by_line_analyzer` does."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(analyzer=names_by_line_analyzer(), phrase=True, **kwargs)

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting]:
        if not isinstance(value, str):
            return super().index(value, **kwargs)  # type: ignore[no-any-return]
        poses: dict[str, list[int]] = {}
        base = 0
        for line in value.split(LINE_SEP):
            pos, top = base, base | _LIMIT
            for name in line.split(","):
                name = name.strip().lower()
                if not name:
                    continue
                poses.setdefault(name, []).append(pos)
                if pos < top:
                    pos += 1
            base += 1 << LINE_SHIFT
        return iter(_positions(poses, self.format.field_boost))


class Tokens(KEYWORD):  # type: ignore[misc]
    """Space-separated filter tokens (``meta``), lower-cased, with frequencies: KEYWORD(lowercase=True)."""

    def __init__(self) -> None:
        super().__init__(lowercase=True)

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting]:
        if not isinstance(value, str):
            return super().index(value, **kwargs)  # type: ignore[no-any-return]
        counts: dict[str, int] = {}
        for w in _SPACE_SEPARATED(value.lower()):
            counts[w] = counts.get(w, 0) + 1
        boost = self.format.field_boost
        return ((w.encode("utf8"), n, n * boost, pack_uint(n)) for w, n in counts.items())
