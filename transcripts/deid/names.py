"""Person names: cue words before a name, and known names matched with their inflections."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words right before a name that say "a person follows" (Bokmål, Nynorsk, English).
PERSON_CUES = frozenset("""
heter het heiter kalt kalla navnet named called
min mi mitt mine sin si sitt sine vår
mamma pappa mor far onkel tante bestemor bestefar farmor farfar mormor morfar
fru herr frk dr doktor lege psykolog terapeut lærer rektor sjef leder dommer
kollega kollegaen kollegane kollegene venn vennen venninne venninna venninnen kjæreste kjæresten
mann mannen kone kona samboer samboeren sønn sønnen datter datteren dotter dottera
bror broren søster søsteren søstera
mr mrs ms
""".split())

# Inflections a known name may carry in speech: genitive, definite forms, a hyphen compound.
_SUFFIX = r"(?:s|'s|’s|'|’|en|et|a|ene|ens|ets|as)?(?:-\w+)?"


def known_variants(known: Iterable[str], stop: frozenset[str]) -> list[str]:
    """The surface strings to look for: each known entry, and the parts of multi-word entries.

    Parts that are ordinary words once lower-cased and very frequent ("Da" of "Da Silva") are left out,
    because matching them would flag every sentence that starts with them.
    """
    out: set[str] = set()
    for entry in known:
        entry = " ".join(entry.split())
        if not entry:
            continue
        out.add(entry)
        words = entry.split(" ")
        if len(words) > 1:
            for w in words:
                if len(w) > 1 and w[0].isupper() and w.lower() not in stop:
                    out.add(w)
        for part in entry.split("-"):
            if len(part) > 2 and part[0].isupper() and " " not in part and part.lower() not in stop:
                out.add(part)
    return sorted(out, key=len, reverse=True)


def known_pattern(variants: list[str]) -> re.Pattern[str] | None:
    if not variants:
        return None
    alts = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in variants)
    return re.compile(rf"(?<![\w-])(?:{alts}){_SUFFIX}(?![\w])")
