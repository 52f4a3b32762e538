"""Institutions and workplaces: head nouns that belong to the name ("Sandviken sykehus")."""

from __future__ import annotations

from transcripts.deid.gazetteer import Gazetteers

# Lowercase words that may sit inside an institution name between capitalised parts.
JOINERS = frozenset({"i", "på", "for", "og", "de", "der", "van", "von", "di", "da", "du", "bin", "al", "el", "ibn", "la",
                     "le", "af", "av"})
NAME_PARTICLES = frozenset({"de", "der", "van", "von", "di", "da", "du", "bin", "al", "el", "ibn", "la", "le", "af"})


def is_head(word: str, gaz: Gazetteers) -> bool:
    """``word`` is an institution head noun or a compound ending in one ("ungdomsklubb", "rusbehandlingen")."""
    if word in gaz.heads:
        return True
    low = word.lower()
    if low in gaz.heads and not word.islower():
        return True
    return _ends_with_head(low, gaz)


def _ends_with_head(low: str, gaz: Gazetteers) -> bool:
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
