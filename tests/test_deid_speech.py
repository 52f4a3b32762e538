"""Speech conventions end a sentence: the capital after "[latter]" or "(uhørlig)" says nothing."""

from transcripts.deid import detect


def test_words_after_bracketed_events_are_not_names() -> None:
    text = "Vi kunne ikke spille noe. [latter] Ingenting. Jeg trodde det. (uhørlig) Det var bra."
    assert detect(text) == []


def test_names_after_bracketed_events_are_still_found() -> None:
    text = "Det gikk fint. [pause] Kari sa det til meg. [latter] Og Marius også."
    assert {s.text for s in detect(text)} == {"Kari", "Marius"}
