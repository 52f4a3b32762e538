"""Norwegian text analysis for the search index: tokens, tags as single tokens, snowball stemming.

De-identification tags (``[navn 1]``, ``[e-post]``) become one token each (``navn_1``, ``e_post``) so
that ``"[navn 1]"`` finds exactly that person and never the word *navn*. Everything is lower-cased;
æøå are ordinary word characters. The stemmer is whoosh's Norwegian snowball stemmer, so
``musikken`` and ``musikk`` share the term ``musikk``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.lang import stemmer_for_language

from transcripts.deid.types import NUMBERED, TAGS

_TAG_WORDS = sorted({w for names in TAGS.values() for w in names.values()}, key=len, reverse=True)
_NUMBERED_WORDS = {tag_word.lower() for names in TAGS.values() for cat, tag_word in names.items() if cat in NUMBERED}
_TAG_ALT = "|".join(re.escape(w) for w in _TAG_WORDS)
# "[navn 1]", "[e-post]", "[national id]"; case-insensitive because turn-initial tags may be capitalised.
TAG_RE = re.compile(rf"\[(?:{_TAG_ALT})(?: \d+)?\]", re.IGNORECASE)
TOKEN_RE = re.compile(rf"\[(?:{_TAG_ALT})(?: \d+)?\]|\w+", re.IGNORECASE | re.UNICODE)
# A turn document is its lines joined by LINE_SEP. The separator is a token of its own that
# LineGapFilter turns into a jump of the position counter to the next line's block, so that every
# position says its line (``pos >> LINE_SHIFT``) and no phrase runs across a line end.
LINE_SEP = "\x1e"
LINE_SHIFT = 12
_TOKEN_OR_SEP_RE = re.compile(rf"{LINE_SEP}|\[(?:{_TAG_ALT})(?: \d+)?\]|\w+", re.IGNORECASE | re.UNICODE)


def tag_token(tag: str) -> str:
    """``[navn 1]`` → ``navn_1``; ``[e-post]`` → ``e_post``. The form the index and queries use."""
    inner = tag.strip("[]").lower()
    return re.sub(r"[\s\-]+", "_", inner)


class TagFilter(Filter):  # type: ignore[misc]
    """Turns bracketed de-identification tags into their single-token form."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if t.text.startswith("["):
                t.text = tag_token(t.text)
            yield t


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Norwegian snowball stem of a lower-case word (cached: a transcript repeats its words)."""
    return str(_STEMMER(word))


_STEMMER = stemmer_for_language("no")


class NorwegianStemFilter(Filter):  # type: ignore[misc]
    """Snowball stemming that leaves tag tokens and numbers alone (``navn_1`` must stay exact)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if t.text.isalpha():  # false for tags (underscore) and anything with digits
                t.text = stem(t.text)
            yield t


class LineGapFilter(Filter):  # type: ignore[misc]
    """Drops LINE_SEP tokens; positions become ``line << LINE_SHIFT | token number in the line``."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        line = i = 0
        limit = (1 << LINE_SHIFT) - 1
        for t in tokens:
            if t.text == LINE_SEP:
                line += 1
                i = 0
                continue
            if t.positions:
                t.pos = (line << LINE_SHIFT) | min(i, limit)
            i += 1
            yield t


class StripFilter(Filter):  # type: ignore[misc]
    """Strips blanks around comma-separated names and drops empty ones (as KEYWORD(commas=True) does)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if t.text != LINE_SEP:
                t.text = t.text.strip()
                if not t.text:
                    continue
            yield t


def norwegian_analyzer() -> Any:
    """The analyzer for free text (transcript turns, memos, condensates)."""
    return RegexTokenizer(_TOKEN_OR_SEP_RE) | LowercaseFilter() | TagFilter() | NorwegianStemFilter() | LineGapFilter()


def names_by_line_analyzer() -> Any:
    """For the per-line code and theme names of a turn: "a,b␞␞c" (names per line, lines joined by LINE_SEP)."""
    return RegexTokenizer(rf"[^,{LINE_SEP}]+|{LINE_SEP}") | StripFilter() | LowercaseFilter() | LineGapFilter()


def rewrite_tags(query: str) -> str:
    """Rewrite tags in a user query into index tokens before parsing.

    ``"[navn 1]"`` → ``navn_1``; ``[e-post]`` → ``e_post``; a numbered category without its number
    (``[navn]``) becomes the prefix ``navn_*`` so it finds every person tag.
    """

    def repl(m: re.Match[str]) -> str:
        tok = tag_token(m.group(0))
        return tok + "_*" if tok in _NUMBERED_WORDS else tok

    return TAG_RE.sub(repl, query)


_ANALYZER = norwegian_analyzer()


def analyse(text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for each token of ``text``: used to highlight matches in result lines."""
    return [(t.text, t.startchar, t.endchar) for t in _ANALYZER(text, chars=True, positions=True)]
