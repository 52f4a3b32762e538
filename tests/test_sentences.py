"""Sentence lines and transcription conventions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transcripts.conventions import find_conventions
from transcripts.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_initials_and_ordinals_do_not_end_a_sentence() -> None:
    text = ("Vi møttes f.eks. kl. 14 hos K. Hansen den 3. mai. Det gjaldt bl.a. musikk, dvs. band, ca. ti nr. "
            "Fire osv. Og m.m. Evt. mht. Fag. Ja! Hva da? «Nei.» Slutt")
    assert _split(text) == ["Vi møttes f.eks. kl. 14 hos K. Hansen den 3. mai.",
                            "Det gjaldt bl.a. musikk, dvs. band, ca. ti nr. Fire osv. Og m.m. Evt. mht. Fag.",
                            "Ja!", "Hva da?", "«Nei.»", "Slutt"]


def test_tag_at_sentence_start() -> None:
    assert _split("Det var i fjor. [navn 1] likte det. [latter] Ja.") == ["Det var i fjor.", "[navn 1] likte det.",
                                                                          "[latter] Ja."]


def test_pauses_lowercase_and_line_breaks() -> None:
    assert _split("Og så... da ble det bra. Ja… Det.") == ["Og så... da ble det bra.", "Ja…", "Det."]
    assert _split("Første avsnitt\nAndre avsnitt.") == ["Første avsnitt", "Andre avsnitt."]


@given(st.text(alphabet="abc ABC.?!\n…", max_size=80))
def test_sentences_are_ordered_trimmed_and_disjoint(text: str) -> None:
    last = 0
    for a, b in split_sentences(text):
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b
    assert "".join(text[a:b] for a, b in split_sentences(text)).replace(" ", "") == "".join(text.split())


def test_conventions_are_found_and_tags_are_not() -> None:
    text = "Ja [latter] (uhørlig) og... eh, hm [...] [navn 1] [pause] … mm"
    got = [(text[a:b], k) for a, b, k in find_conventions(text)]
    assert got == [("[latter]", "event"), ("(uhørlig)", "inaudible"), ("...", "pause"), ("eh", "filler"),
                   ("hm", "filler"), ("[...]", "omission"), ("[pause]", "event"), ("…", "pause"), ("mm", "filler")]
    assert find_conventions("Hemmelig og Mmm-ja, ehe") == []
