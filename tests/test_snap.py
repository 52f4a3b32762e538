"""Selections snap to whole words, so an in-vivo code or a quote never ends in half a word."""

from __future__ import annotations

import pytest

from app.reader.snap import snap_to_words

TEXT = "Ja, musikken er et møtested. Kjenner du det? [latter] Det er «trygt»."


def cut(start: str, end: str) -> tuple[int, int]:
    return TEXT.index(start), TEXT.index(end) + len(end)


@pytest.mark.parametrize(("sel", "want"), [
    (cut("musikken", "møtested. Kje"), "musikken er et møtested."),  # 3 of 7 letters: dropped
    (cut("usikken", "er"), "musikken er"),  # 7 of 8 letters at the start: taken whole
    (cut("sikken", "er"), "musikken er"),
    (cut("ken", "et"), "er et"),  # 3 of 8: dropped
    (cut("musikken", "Kjenn"), "musikken er et møtested. Kjenner"),  # 5 of 7: taken whole
    (cut(", musikken", "er"), "musikken er"),  # leading punctuation and space trimmed
    (cut("«tryg", "«tryg"), "«trygt"),
    (cut("[latter", "[latter"), "[latter"),
])
def test_snap(sel: tuple[int, int], want: str) -> None:
    a, b = snap_to_words(TEXT, *sel)
    assert TEXT[a:b] == want


def test_a_part_of_one_short_word_may_vanish() -> None:
    i = TEXT.index("møtested")
    a, b = snap_to_words(TEXT, i + 1, i + 3)
    assert a == b
