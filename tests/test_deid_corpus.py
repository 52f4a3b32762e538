"""The detector over every transcript of ../shared/corpus: planted identifiers are all proposed.

Each file is read the way the import reads it (readers + turns); names in speaker labels are known,
as in the import. Identifiers are counted whole-word and case-sensitively, as ``kondens check`` does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli.cmd_deidentify import speech_of
from transcripts.deid import detect

pytestmark = pytest.mark.corpus


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def _uncovered(text: str, word: str, spans: list) -> int:  # type: ignore[type-arg]
    return sum(1 for a, b in _occurrences(text, word) if not any(s.start <= a and b <= s.end for s in spans))


def test_every_planted_identifier_is_proposed(corpus: Path) -> None:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    also = [e["text"] for e in truth["also_identifiers"]]
    leaks: list[str] = []
    checked = 0
    for name, info in truth["files"].items():
        text, known = speech_of(corpus / name)
        spans = detect(text, known=known)
        for ident in info["identifiers"]:
            n = _uncovered(text, ident["text"], spans)
            checked += len(_occurrences(text, ident["text"]))
            if n > ident["background"]:
                leaks.append(f"{name}: {ident['text']!r} ({ident['category']}) {n} left, background {ident['background']}")
        for word in also:
            n = _uncovered(text, word, spans)
            if n:
                leaks.append(f"{name}: {word!r} (also_identifiers) {n} left")
    assert checked > 50, "the corpus was not read: no planted identifier occurs in the speech"
    assert not leaks, "\n".join(leaks)


def test_keep_words_are_not_flagged(corpus: Path) -> None:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    total = kept = 0
    for name in truth["files"]:
        text, known = speech_of(corpus / name)
        spans = detect(text, known=known)
        for word in truth["keep"]:
            for a, b in _occurrences(text, word):
                total += 1
                kept += not any(s.start < b and a < s.end for s in spans)
    assert total > 10, "keep words did not occur in the corpus speech"
    assert kept / total >= 0.9, f"only {kept}/{total} keep-word occurrences left unflagged"
