"""Institutions and workplaces: head nouns that belong to the name ("Sandviken sykehus")."""

from __future__ import annotations

from transcripts.deid.gazetteer import Gazetteers

# Lowercase words that may sit inside an institution name between capitalised parts.
JOINERS = frozenset({"i", "på", "for", "og", "de", "der", "van", "von", "di", "da", "du", "bin", "al", "el", "ibn", "la",
                     "le", "af", "av"})
NAME_PARTICLES = frozenset({"de", "der", "van", "von", "di", "da", "du", "bin", "al", "el", "ibn", "la", "le", "af",
                            "del", "della", "dos", "das", "do", "y", "ten", "ter", "op"})
# "Arbeids- og sosialdepartementet": the words that join a cut-off first part to the head.
COORDINATORS = frozenset({"og", "eller", "and"})
# Genitives of the state that begin names of public bodies with a lowercase head ("Statens vegvesen",
# "Norges forskningsråd", "Noregs mållag"), also at a sentence start.
STATE_GENITIVES = frozenset({"Statens", "Norges", "Noregs", "Rikets", "Kongens", "Fylkets", "Kommunens"})
# Definite and plural endings a head noun takes ("sjukehuset", "kyrkja", "skulane"); stripped only from
# heads of four letters or more, so that "lag" + "a" (a verb) is not taken for a head.
_HEAD_ENDINGS = ("ene", "ane", "en", "et", "a", "ar", "er", "n", "r")


def is_head(word: str, gaz: Gazetteers) -> bool:
    """``word`` is an institution head noun or a compound ending in one ("ungdomsklubb", "rusbehandlingen"),
    in any definite or plural form ("sjukehuset", "kyrkja")."""
    heads = gaz.heads
    if word in heads:
        return True
    low = word.lower()
    if low in heads and not word.islower():
        return True
    if _ends_with_head(low, gaz):
        return True
    for suf in _HEAD_ENDINGS:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            base = low[: -len(suf)]
            if base in heads or _ends_with_head(base, gaz):
                return True
    # A feminine noun in -e takes -a: "kyrkje" → "kyrkja", "stove" → "stova".
    return len(low) >= 5 and low[-1] == "a" and (low[:-1] + "e" in heads or _ends_with_head(low[:-1] + "e", gaz))


def _ends_with_head(low: str, gaz: Gazetteers) -> bool:
    # Councils: "helseråd", "sikkerhetsrådet", "menighetsrådet" (but not "råd" = advice, too short).
    if len(low) >= 7 and (low.endswith("råd") or low.endswith("rådet")):
        return True
    heads = gaz.heads
    for k in gaz.head_suffix_lengths:
        if len(low) >= k and low[-k:] in heads:
            return True
    return False


def compound_institution(word: str, gaz: Gazetteers) -> bool:
    """A capitalised compound ending in a head noun: "Forandringshuset", "Radius-prosjektet"."""
    low = word.lower()
    heads = gaz.heads
    for k in gaz.head_suffix_lengths:
        if len(low) > k + 2 and low[-k:] in heads:
            return True
    return False
