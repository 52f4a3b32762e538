"""Gazetteers: the word lists shipped in ``resources/gazetteers/``, loaded once per process as frozensets.

Each list has a README (``*.md``) beside it naming its origin and licence. Loading is cached and
thread-safe enough for our use (worst case two threads build the same frozensets once).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GAZ_DIR = Path(__file__).resolve().parents[2] / "resources" / "gazetteers"


def read_list(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``resources/gazetteers/NAME``."""
    lines = (GAZ_DIR / name).read_text(encoding="utf-8").split("\n")
    return [s for s in map(str.strip, lines) if s and s[0] != "#"]


@dataclass(frozen=True)
class Gazetteers:
    first_names: frozenset[str]
    surnames: frozenset[str]
    institutions: frozenset[str]  # named bodies that are proposed even at a sentence start (parties)
    places: frozenset[str]  # municipalities, towns, districts, regions, countries (single and multi-word)
    countries: frozenset[str]
    keep: frozenset[str]
    heads: frozenset[str]  # institution head nouns, lowercase except acronyms
    head_suffix_lengths: tuple[int, ...]  # lengths of heads that may end a compound: "…huset", "…-prosjektet"
    ambiguous_initial: frozenset[str]
    common_words: frozenset[str]  # lowercase ordinary words of Bokmål and Nynorsk (a dictionary writes them so)
    common_en: frozenset[str]  # lowercase ordinary English words, consulted for English speech only
    frequent: frozenset[str]  # function words and the 5,000 most frequent ordinary words
    rare_short: frozenset[str]  # ordinary words of <= 5 letters outside the 20,000 most frequent (Bokmål list)
    function_words: frozenset[str]  # lowercase; never proposed on their own (nb, nn, en)
    proper_nouns: frozenset[str]  # capitalised dictionary entries that are no ordinary word ("Clinton", "Erna")
    multi: dict[str, tuple[tuple[str, ...], ...]]  # first word → multi-word entries as word tuples

    def is_person(self, word: str) -> bool:
        return word in self.first_names or word in self.surnames

    def multi_category(self, words: tuple[str, ...]) -> str:
        return "institution" if " ".join(words) in self.institutions else "place"

    def is_place(self, word: str) -> bool:
        return word in self.places


@lru_cache(maxsize=1)
def load() -> Gazetteers:
    firsts = set(read_list("first_names.txt")) | set(read_list("first_names_extra.txt"))
    firsts |= set(read_list("first_names_intl.txt"))
    surnames = set(read_list("surnames.txt")) | set(read_list("surnames_extra.txt"))
    surnames |= set(read_list("surnames_intl.txt"))
    countries = set(read_list("countries.txt")) | set(read_list("countries_extra.txt"))
    institutions = set(read_list("institutions_extra.txt"))
    places = set(read_list("municipalities.txt")) | set(read_list("towns.txt")) | set(read_list("places_extra.txt"))
    places |= countries
    keep = frozenset(read_list("keep.txt"))
    places -= keep
    countries -= keep
    heads = frozenset(w for line in read_list("institution_heads.txt") for w in line.split())
    # Suffixes for compounds: only heads long enough not to match ordinary word endings ("-lag" would).
    suffix_lengths = tuple(sorted({len(h) for h in heads if h.islower() and len(h) >= 4}, reverse=True))
    multi: dict[str, list[tuple[str, ...]]] = {}
    for entry in places | institutions:
        words = tuple(entry.split())
        if len(words) > 1:
            multi.setdefault(words[0], []).append(words)
    common = read_list("common_words.txt")  # in order of frequency
    function_words = frozenset(w for line in read_list("function_words.txt") for w in line.split())
    return Gazetteers(
        institutions=frozenset(institutions),
        first_names=frozenset(firsts),
        surnames=frozenset(surnames),
        places=frozenset(w for w in places if " " not in w),
        countries=frozenset(countries),
        keep=keep,
        heads=heads,
        head_suffix_lengths=suffix_lengths,
        ambiguous_initial=frozenset(read_list("ambiguous_initial.txt")),
        common_words=frozenset(common) | frozenset(read_list("common_words_nn.txt")) | function_words,
        common_en=frozenset(read_list("common_words_en.txt")) | function_words,
        frequent=frozenset(common[:5000]) | function_words,
        rare_short=frozenset(w for w in common[20000:] if len(w) <= 5) - function_words,
        function_words=function_words,
        proper_nouns=frozenset(read_list("proper_nouns.txt")) - keep,
        multi={k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()},
    )
