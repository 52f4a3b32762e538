"""Speaker turns, merging, preamble and roles."""

from __future__ import annotations

from transcripts.readers import read_data
from transcripts.readers.base import Block, RawDoc
from transcripts.turns import guess_roles, parse_turns


def _turns(text: str, ext: str = ".txt") -> list[tuple[str | None, str, str | None]]:
    parsed = parse_turns(read_data(text.encode(), ext))
    return [(t.label, t.text, t.timestamp) for t in parsed.turns]


def test_prefix_styles() -> None:
    assert _turns("I: Hei?\n\nA: Hei.") == [("I", "Hei?", None), ("A", "Hei.", None)]
    assert _turns("Intervjuer: Hva?\n\nKari: Ja.\n\nIntervjuer: Og?\n\nKari: Nei.")[1] == ("Kari", "Ja.", None)
    got = _turns("[00:03:12] Kari Nordmann: Ja.\n\n[00:03:20] Elin Berg: Hvorfor?\n\n[00:03:30] Kari Nordmann: Fordi.")
    assert got[0] == ("Kari Nordmann", "Ja.", "00:03:12")
    assert [g[0] for g in _turns("SPEAKER_00: Hei?\n\nSPEAKER_01: Ja.")] == ["SPEAKER_00", "SPEAKER_01"]


def test_merges_consecutive_cues_keeps_first_timestamp() -> None:
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ola>Hei,\n\n00:00:02.000 --> 00:00:03.000\n<v Ola>du.\n\n"
           "00:00:04.000 --> 00:00:05.000\n<v Kari>Ja?\n")
    assert _turns(vtt, ".vtt") == [("Ola", "Hei, du.", "00:00:01"), ("Kari", "Ja?", "00:00:04")]


def test_preamble_and_headings_are_not_turns() -> None:
    doc = RawDoc("docx", [Block("Intervju 4", heading=True), Block("Transkribert 3. mai"),
                          Block("I: Hva?"), Block("A: Dette."), Block("Mer fra A."), Block("Del 2", heading=True),
                          Block("I: Takk.")])
    parsed = parse_turns(doc)
    assert [(t.label, t.text) for t in parsed.turns] == [("I", "Hva?"), ("A", "Dette.\nMer fra A."), ("I", "Takk.")]
    assert sorted(parsed.title_candidates) == ["Del 2", "Intervju 4", "Transkribert 3. mai"]
    assert parsed.title_candidates[0] == "Intervju 4"


def test_no_labels_one_unnamed_speaker_a_turn_per_paragraph() -> None:
    got = _turns("Første avsnitt: her.\n\nAndre avsnitt.\n\nTredje.")
    assert got == [(None, "Første avsnitt: her.", None), (None, "Andre avsnitt.", None), (None, "Tredje.", None)]


def test_a_colon_in_prose_is_not_a_label() -> None:
    got = _turns("I: Hva sa han?\n\nA: Han sa det slik: nei.\n\nMen: det var rart.\n\nI: Ok.")
    assert [g[0] for g in got] == ["I", "A", "I"]
    assert got[1][1] == "Han sa det slik: nei.\nMen: det var rart."


def test_teams_layouts() -> None:
    doc = RawDoc("docx", [Block("Elin Berg 0:00"), Block("Hei, hvordan går det?"), Block("Ingrid Lie 0:05"),
                          Block("Bra."), Block("Elin Berg 1:02:03"), Block("Fint?")])
    parsed = parse_turns(doc)
    assert parsed.layout == "teams"
    assert [(t.label, t.timestamp) for t in parsed.turns] == [("Elin Berg", "00:00:00"), ("Ingrid Lie", "00:00:05"),
                                                              ("Elin Berg", "01:02:03")]
    doc = RawDoc("docx", [Block("0:0:0.0 --> 0:0:5.850"), Block("Elin Berg"), Block("Hei?"),
                          Block("0:0:6.0 --> 0:0:9.0"), Block("Ingrid Lie"), Block("Ja.")])
    assert [(t.label, t.text) for t in parse_turns(doc).turns] == [("Elin Berg", "Hei?"), ("Ingrid Lie", "Ja.")]


def test_roles_from_labels_questions_and_order() -> None:
    def roles(text: str) -> list[str]:
        turns = parse_turns(read_data(text.encode(), ".txt")).turns
        r = guess_roles(turns)
        return [r[t.key] for t in turns]

    assert roles("A: Jeg heter A.\n\nI: Hva?") == ["informant", "interviewer"]  # labels win over order
    # names only: the one who asks is the interviewer, even when not first
    assert roles("Kari: Jeg begynte i fjor. Det var fint.\n\nOla: Hvorfor det?\n\nKari: Fordi.\n\nOla: Og nå?") == [
        "informant", "interviewer", "informant", "interviewer"]
    # no questions at all: the first speaker interviews
    assert roles("SPEAKER_00: Fortell.\n\nSPEAKER_01: Ja.")[0] == "interviewer"
    assert roles("Bare tekst.\n\nMer tekst.") == ["informant", "informant"]
