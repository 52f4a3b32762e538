"""Readers under pathological input (issue 19 items 12 and 13): bounded lines and text, BOM-less UTF-16."""

from __future__ import annotations

import pytest

from transcripts.readers import UnreadableFile, read_data


def _txt(text: str) -> bytes:
    return text.encode("utf-8")


@pytest.mark.parametrize("suffix,data", [
    (".txt", _txt("A: " + "ord " * 300_000)),  # one 1.2-million-character line
    (".rtf", _txt(r"{\rtf1\ansi " + "ord " * 300_000 + "}")),
    (".vtt", _txt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v " + "x" * 1_200_000 + ">hei\n")),
    (".srt", _txt("1\n00:00:01,000 --> 00:00:02,000\n" + "ord " * 300_000 + "\n")),
], ids=["txt", "rtf", "vtt-voice", "srt"])
def test_item12_an_enormous_line_is_refused_early(suffix: str, data: bytes) -> None:
    with pytest.raises(UnreadableFile, match="line of more than"):
        read_data(data, suffix)


def test_item12_more_text_than_any_interview_is_refused() -> None:
    para = "A: " + "Dette er en setning om musikk. " * 30 + "\n\n"
    data = _txt(para * (3_200_000 // len(para)))
    with pytest.raises(UnreadableFile, match="more text than any interview"):
        read_data(data, ".txt")


def test_item12_an_overlong_voice_label_is_not_a_speaker() -> None:
    data = _txt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v " + "Navn " * 200 + ">hei på deg\n")
    doc = read_data(data, ".vtt")
    assert [b.speaker for b in doc.blocks] == [None]
    assert doc.blocks[0].text == "hei på deg"


def test_item12_ordinary_long_interview_still_reads() -> None:
    para = "A: " + "Dette er en setning om musikk. " * 30 + "\n\nI: Og så?\n\n"
    doc = read_data(_txt(para * 1000), ".txt")  # about a million characters, in paragraphs
    assert len(doc.blocks) == 2000


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_item13_utf16_without_bom_ascii_only(enc: str) -> None:
    text = "I: Hvor bodde du?\n\nA: I byen, ved sjoen.\n"
    doc = read_data(text.encode(enc), ".txt")
    assert [b.text for b in doc.blocks] == ["I: Hvor bodde du?", "A: I byen, ved sjoen."]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_item13_utf16_without_bom_lone_surrogate_keeps_byte_order(enc: str) -> None:
    text = "I: Hvordan var det?\n\nA: Det var fint \ud83d med musikk og venner.\n"
    data = text.encode(enc, errors="surrogatepass")
    doc = read_data(data, ".txt")
    assert doc.blocks[0].text == "I: Hvordan var det?"
    assert "musikk og venner" in doc.blocks[1].text
