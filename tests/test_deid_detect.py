"""Unit tests of the identifier detector, one group per category, with PRIVACY.md's hard cases.

All sentences are our own. A test asserts that an identifier is covered by a span of the right
category, or that an ordinary word is not flagged.
"""

from __future__ import annotations

import pytest

from transcripts.deid import Span, detect
from transcripts.deid.patterns import valid_national_id


def covering(text: str, needle: str, spans: list[Span], nth: int = 0) -> Span | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    return next((s for s in spans if s.start <= start and end <= s.end), None)


def assert_flagged(text: str, needle: str, category: str | None = None, known: tuple[str, ...] = (), nth: int = 0) -> Span:
    spans = detect(text, known=known)
    sp = covering(text, needle, spans, nth)
    assert sp is not None, f"{needle!r} not flagged in {text!r}: {[s.text for s in spans]}"
    if category:
        assert sp.category == category, f"{needle!r} is {sp.category}, expected {category}"
    return sp


def assert_not_flagged(text: str, needle: str, nth: int = 0) -> None:
    spans = detect(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    hit = [s.text for s in spans if s.start < start + len(needle) and start < s.end]
    assert not hit, f"{needle!r} flagged in {text!r}: {hit}"


def fnr_with_checksum(date6: str) -> str:
    """The first valid fødselsnummer for the birth date DDMMYY (computed here independently of the product)."""
    for n in range(100, 1000):
        d = [int(c) for c in f"{date6}{n}"]
        k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), [*d, k1], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k1 < 10 and k2 < 10:
            return f"{date6}{n}{k1}{k2}"
    raise AssertionError("no valid number")


# --- persons -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Kari Nordmann", "Kjell-Arne", "Anne-Lise Bakke-Olsen", "Mohammed Ali",
                                  "Máret Ánne Sara"])
def test_person_names_mid_sentence(name: str) -> None:
    text = f"Da jeg begynte der, var det {name} som tok imot meg i døra."
    sp = assert_flagged(text, name, "person")
    assert sp.text == name, "the whole name is one span"


def test_genitive_names() -> None:
    assert_flagged("Jeg lånte Karis gitar den kvelden.", "Karis", "person")
    assert_flagged("Pers bror var med i bandet.", "Pers", "person")


def test_names_that_are_words_only_when_they_are_names() -> None:
    text = "Vi snakket om liv og død, og så kom Liv inn og sa at Tor hadde ringt."
    assert_flagged(text, "Liv", "person")
    assert_flagged(text, "Tor", "person")
    assert_not_flagged(text, "liv")
    assert_not_flagged("Det koster tretti kroner per time, og sola skinte.", "per")
    assert_not_flagged("Det koster tretti kroner per time, og sola skinte.", "sola")


def test_turn_initial_names() -> None:
    # The first word of a turn or sentence: its capital says nothing, the gazetteer decides.
    assert_flagged("Per sa at vi skulle begynne tidligere.", "Per", "person")
    assert_flagged("Bjørn var den som hentet oss.\n\nSol ringte etterpå.", "Bjørn", "person")
    assert_flagged("Ja.\n\nIngrid og jeg var der hele helga.", "Ingrid", "person")
    assert_not_flagged("Det var en fin dag.\n\nHun sa ikke så mye.", "Hun")
    assert_not_flagged("Det var en fin dag.\n\nHans bror kom ikke.", "Hans")  # "his" at a sentence start


def test_rare_word_at_sentence_start_is_a_name() -> None:
    assert_flagged("Zyrbakken fortalte meg det etterpå.", "Zyrbakken")


def test_person_cue_gives_category() -> None:
    assert_flagged("Kollegaen min Synnøve Mork har vært med lenge.", "Synnøve Mork", "person")


def test_known_names_with_inflections() -> None:
    text = "Rundhaug var her. Jeg traff rundhaug aldri. Rundhaugs mor og Rundhaug-familien kom."
    spans = detect(text, known=["Oddny Rundhaug"])
    got = [s.text for s in spans]
    assert "Rundhaugs" in got and "Rundhaug-familien" in got
    assert covering(text, "Rundhaug", spans) is not None
    assert covering(text, "rundhaug", spans) is None, "known names match case-sensitively"
    assert all(s.source in ("known", "gazetteer", "capital", "repeat") for s in spans)


def test_a_name_found_once_is_flagged_everywhere_in_the_transcript() -> None:
    # "Torvund" at the sentence start is a common-looking surname; mid-sentence it is caught by its capital.
    text = "Jeg spilte med Grete Vikdal i mange år.\n\nVikdal var den som dro i gang alt."
    assert_flagged(text, "Vikdal", "person", nth=1)


# --- places --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Jeg vokste opp i Moss og flyttet senere.", "Moss"),
    ("Vi hadde hytte på Å i Lofoten.", "Å"),
    ("Hun kom fra Vik, et lite sted.", "Vik"),
    ("Han bodde på Bø i mange år.", "Bø"),
    ("Familien hadde en gård på Voss.", "Voss"),
    ("Jeg jobbet i Tromsø før det.", "Tromsø"),
    ("Kontoret ligger i Storgata 12, andre etasje.", "Storgata 12"),
    ("Vi flyttet hit fra Møre og Romsdal.", "Møre og Romsdal"),
])
def test_places(text: str, place: str) -> None:
    assert_flagged(text, place, "place")


def test_place_words_that_are_ordinary_words() -> None:
    assert_not_flagged("Å spille sammen var det viktigste.", "Å")
    assert_not_flagged("Det var mye moss på steinene.", "moss")
    assert_flagged("Bergen var byen der alt begynte.", "Bergen", "place")


def test_norway_and_generic_regions_are_kept() -> None:
    assert_not_flagged("Det er sånn i hele Norge nå.", "Norge")
    assert_not_flagged("Vi har mange tilbud i Oslo-området.", "Oslo-området")


# --- institutions --------------------------------------------------------------------------------------

@pytest.mark.parametrize("inst", ["Bjørgvin DPS", "Sandviken sykehus", "Fjellsiden skole", "GLIMT Recoverysenter",
                                  "Radius-prosjektet", "Nordvik ungdomsklubb", "Universitetet i Bergen"])
def test_institutions_include_the_head_noun(inst: str) -> None:
    text = f"Etter det begynte jeg på {inst} og ble der lenge."
    sp = assert_flagged(text, inst, "institution")
    assert sp.text == inst


def test_compound_institution_name() -> None:
    assert_flagged("Vi øvde på Lysverkstedet hver torsdag.", "Lysverkstedet", "institution")


@pytest.mark.parametrize("word", ["NAV", "Helsedirektoratet", "Spotify", "YouTube", "Facebook", "Statsforvalteren"])
def test_generic_bodies_and_platforms_are_not_identifiers(word: str) -> None:
    assert_not_flagged(f"Vi fikk hjelp fra {word} den gangen.", word)


def test_dps_alone_is_not_an_identifier() -> None:
    assert_not_flagged("Hun ble henvist til DPS etter en stund.", "DPS")


# --- patterns ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phone", ["912 34 567", "+47 91 23 45 67", "91234567", "0047 91234567", "22 33 44 55"])
def test_phone_numbers(phone: str) -> None:
    assert_flagged(f"Du kan ringe meg på {phone} når som helst.", phone, "phone")


def test_numbers_that_are_not_phones() -> None:
    text = "Det var i 1987, vi var 12 stykker og det kostet 2500 kroner."
    assert detect(text) == []


def test_email_and_url() -> None:
    assert_flagged("Send det til kari.nordmann@gmail.com i kveld.", "kari.nordmann@gmail.com", "email")
    sp = assert_flagged("Se https://www.eksempel.no/side, der står alt.", "https://www.eksempel.no/side", "url")
    assert not sp.text.endswith(",")


def test_national_id_checksum() -> None:
    good = fnr_with_checksum("010190")
    assert valid_national_id(good)
    sp = assert_flagged(f"Fødselsnummeret mitt er {good}, skriv det ned.", good, "national_id")
    assert sp.source == "pattern"
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert not valid_national_id(bad)
    # A birth-date-shaped number with wrong check digits is still proposed (most likely a typo), marked.
    sp = assert_flagged(f"Nummeret er {bad} tror jeg.", bad, "national_id")
    assert sp.source == "pattern:checksum-failed"
    d_number = fnr_with_checksum("410190")  # D-number: day + 40
    assert valid_national_id(d_number)


@pytest.mark.parametrize("date", ["12. mars 1987", "12.03.1987", "2021-03-12", "3. okt"])
def test_dates(date: str) -> None:
    assert_flagged(f"Det skjedde {date}, husker jeg.", date, "date")


def test_spans_are_sorted_disjoint_and_index_the_text() -> None:
    text = ("Kari Nordmann bor i Storgata 12 i Bergen og ringer fra 912 34 567.\n\n"
            "Per Hagen på Sandviken sykehus skrev til per.hagen@eksempel.no den 12. mars 1987.")
    spans = detect(text, known=["Kari Nordmann"])
    assert spans == sorted(spans, key=lambda s: s.start)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for s in spans:
        assert text[s.start:s.end] == s.text
    assert {s.category for s in spans} >= {"person", "place", "institution", "phone", "email", "date"}


def test_empty_and_whitespace() -> None:
    assert detect("") == []
    assert detect("   \n\n ") == []


def test_english_capitalised_words() -> None:
    spans = detect("On Monday I met Sarah Jones in Leeds.", lang="en")
    got = [s.text for s in spans]
    assert "Sarah Jones" in got and "Leeds" in got
    assert "Monday" not in got and "I" not in got


def test_a_title_before_a_name_stays_outside_the_name() -> None:
    # Same person, same entity: "Onkel Per" must not become a different entity from "Per".
    spans = detect("Onkel Per kom tidlig. Per var glad.\n\nIntervju Kari Nordmann")
    assert [s.text for s in spans] == ["Per", "Per", "Kari Nordmann"]
