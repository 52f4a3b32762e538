"""Tag categories of de-identification: what a tag in a transcript may stand for and how it reads.

The domain's vocabulary, so that redaction (``coding.services.redaction``) and the detector
(``transcripts.deid``) share one definition while ``coding`` imports nothing from ``transcripts``.
"""

from __future__ import annotations

CATEGORIES = ("person", "place", "institution", "email", "phone", "national_id", "date", "url", "other")

# Numbered categories carry a number per entity ("[navn 1]"); the others are a fixed tag.
TAGS: dict[str, dict[str, str]] = {
    "nb": {"person": "navn", "place": "sted", "institution": "institusjon", "email": "e-post", "phone": "telefon",
           "national_id": "fødselsnummer", "date": "dato", "url": "nettadresse", "other": "anonymisert"},
    "en": {"person": "name", "place": "place", "institution": "institution", "email": "e-mail", "phone": "phone",
           "national_id": "national id", "date": "date", "url": "url", "other": "redacted"},
}
NUMBERED = frozenset({"person", "place", "institution"})
