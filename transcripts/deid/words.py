"""Ordinary words: compounds of known words, inflections of keep-list terms, the project's never-list.

These decide which capitalised words are *not* proposed. Everything here is pure; the compound splitter
caches its answers per process (the lexicon never changes at run time).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from transcripts.deid.gazetteer import Gazetteers, load

# Endings a Norwegian noun (or a name used as one) takes in speech: genitive, definite and plural forms,
# Bokmål and Nynorsk ("DPSen", "NAVs", "musikkterapeutane", "kyrkja").
SUFFIXES = ("s", "'s", "’s", "'", "’", "e", "n", "r", "t", "a", "en", "et", "er", "ar", "ne", "ns", "ts", "as", "ene",
            "ane", "ere", "ens", "ets", "nes", "rne", "ers", "ars", "erne", "arne", "enes", "anes", "a's")
# Shortest stem two different forms may share and still count as one word ("terapeut" ~ "terapeutane").
_MIN_STEM = 4
# Last parts of Norwegian place names and surnames (general toponymy: -heim, -berg, -dal, -vik, -stad …).
# A compound ending in one is not taken for an ordinary word: "Sponheim", "Fjelldal", "Haugland".
NAME_TAILS = frozenset("""
heim heimen berg berget dal dalen vik vika viken land landet rud ruud stad set seth sæter seter setra
nes neset næs by bø bøen gård gard garden gården strand stranda haug haugen bakken bakke li lia lie lien
mo moen eng enga engen vold voll volden vollen rød lund lunden holm holmen sund sundet fjord fjorden
øy øya øyen vatn vann vannet elv elva toft torp tveit tvedt tveiten sletta sletten hammer hamar
kleiv stein steinen hov hovde hus huset tun tunet hagen aas ås åsen nuten nakken lid
""".split())


def stems(word: str) -> set[str]:
    """``word`` (lower-cased) and the stems left after taking off one inflection ending, of >= 4 letters."""
    low = word.lower()
    out = {low}
    for suf in SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= _MIN_STEM:
            out.add(low[: -len(suf)])
    return out


class NeverList:
    """Words the project says are "not an identifier", matched with their inflections.

    ``"Erfaringskonsulenten"`` on the list also rules out "erfaringskonsulent", "Erfaringskonsulentene"
    and "erfaringskonsulentens"; short entries ("Vi") match only themselves and their own endings.
    Multi-word entries match a span's whole text (whitespace and case normalised).
    """

    __slots__ = ("exact", "stems", "phrases")

    def __init__(self, words: Iterable[str] = ()) -> None:
        exact: set[str] = set()
        stem_set: set[str] = set()
        phrases: set[str] = set()
        for w in words:
            w = " ".join(w.split()).lower()
            if not w:
                continue
            if " " in w:
                phrases.add(w)
                continue
            exact.add(w)
            stem_set |= {s for s in stems(w) if len(s) >= _MIN_STEM}
        self.exact = frozenset(exact)
        self.stems = frozenset(stem_set)
        self.phrases = frozenset(phrases)

    def __bool__(self) -> bool:
        return bool(self.exact or self.phrases)

    def matches(self, word: str) -> bool:
        """``word`` is on the list or an inflection of an entry (or the entry an inflection of it)."""
        if not self:
            return False
        low = " ".join(word.split()).lower()
        if " " in low:
            if low in self.phrases:
                return True
            head, _, last = low.rpartition(" ")
            return any(f"{head} {s}" in self.phrases for s in stems(last))
        if low in self.exact:
            return True
        for suf in SUFFIXES:
            if low.endswith(suf) and len(low) - len(suf) >= 3 and low[: -len(suf)] in self.exact:
                return True
            if len(low) >= 3 and low + suf in self.exact:
                return True
        return not self.stems.isdisjoint(stems(low))


def inflections_match(word: str, never: Iterable[str] | NeverList) -> bool:
    """True if ``word`` is on the never-list ``never`` or an inflection of one of its entries.

    For the review UI: whether a word the researcher marks "not an identifier" also covers this one.
    Build a :class:`NeverList` once when checking many words.
    """
    nl = never if isinstance(never, NeverList) else NeverList(never)
    return nl.matches(word)


def kept(word: str, keep: frozenset[str]) -> bool:
    """A keep-list term (never an identifier) or an inflection of one: "NAV", "NAVs", "DPSen", "Naven",
    "NAV-kontoret" (a keep-list term joined to an ordinary word)."""
    if word in keep:
        return True
    for suf in SUFFIXES:
        if word.endswith(suf) and len(word) > len(suf) + 1 and word[: -len(suf)] in keep:
            return True
    if "-" in word:
        first, _, rest = word.partition("-")
        if first in keep or kept(first, keep):
            gaz = load()
            return all(ordinary(p.lower(), gaz) for p in rest.split("-") if p)
    return False


def ordinary(low: str, gaz: Gazetteers, en: bool = False) -> bool:
    """``low`` (lowercase) is an ordinary word: in the lexicon, a genitive of one, or a compound of them."""
    lex = gaz.common_en if en else gaz.common_words
    if low in lex or low in gaz.common_words:
        return True
    if len(low) > 3 and low.endswith("s") and low[:-1] in lex:
        return True
    if "-" in low:
        return all(ordinary(p, gaz, en) for p in low.split("-") if p)
    return not en and compound(low)


@lru_cache(maxsize=65536)
def compound(low: str) -> bool:
    """``low`` splits into known ordinary words: "musikkterapitilbudet" = musikkterapi + tilbudet,
    "erfaringskonsulenten" = erfaring + s + konsulenten. Parts of >= 3 letters (the last of >= 4), with an
    optional linking -s- or -e-, at most three parts."""
    return _split(low, load().common_words, 0)


def _split(low: str, lex: frozenset[str], depth: int) -> bool:
    n = len(low)
    if n < 7:
        return False
    for k in range(n - 3, 2, -1):
        tail = low[k:]
        if tail not in lex or len(tail) == 3 and k < 5:
            continue  # a part of three letters only after a long first part: "verdens" + "arv"
        if depth == 0 and (tail in NAME_TAILS or tail[-1] == "s" and tail[:-1] in NAME_TAILS):
            continue
        head = low[:k]
        if head in lex or len(head) > 3 and head[-1] in "se" and head[:-1] in lex:
            return True
        if depth < 1 and _split(head, lex, depth + 1):
            return True
    return False
