"""Linking key: round trip, consistent tags across two imports, corrupt files, inside-project check."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcripts.deid.linking_key import LinkingKey, LinkingKeyError, is_inside_project
from transcripts.deid.types import Span, Tagger, apply_spans


def _spans(text: str, names: dict[str, str]) -> list[Span]:
    out = []
    for name, cat in names.items():
        i = text.find(name)
        while i >= 0:
            out.append(Span(i, i + len(name), cat, name))
            i = text.find(name, i + 1)
    return out


def test_round_trip(tmp_path: Path) -> None:
    key = LinkingKey.load_or_new(tmp_path / "key.json")
    assert key.mapping == {} and key.always == []
    key.mapping["person:kari"] = "[navn 1]"
    key.mapping["place:bodø"] = "[sted 1]"
    key.add_always(["Kari  Nordmann", "Kari Nordmann", "Hølonda"])
    key.save()
    again = LinkingKey.load_or_new(tmp_path / "key.json")
    assert again.mapping == {"person:kari": "[navn 1]", "place:bodø": "[sted 1]"}
    assert again.always == ["Kari Nordmann", "Hølonda"]
    # the atomic write leaves nothing but the key behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.json"]


def test_tags_consistent_across_two_imports(tmp_path: Path) -> None:
    first = "Jeg jobbet med Kari i Bodø. Per var der også."
    second = "Per ringte. Så kom Ola og Kari fra Bodø."
    names = {"Kari": "person", "Per": "person", "Ola": "person", "Bodø": "place"}

    key = LinkingKey.load_or_new(tmp_path / "key.json")
    out1 = apply_spans(first, _spans(first, names), Tagger("nb", mapping=key.mapping))
    key.save()
    assert out1 == "Jeg jobbet med [navn 1] i [sted 1]. [navn 2] var der også."

    key2 = LinkingKey.load_or_new(tmp_path / "key.json")
    out2 = apply_spans(second, _spans(second, names), Tagger("nb", mapping=key2.mapping))
    # Per and Kari keep their tags from the first interview; Ola gets the next free number
    assert out2 == "[navn 2] ringte. Så kom [navn 3] og [navn 1] fra [sted 1]."
    key2.save()
    assert LinkingKey.load_or_new(tmp_path / "key.json").mapping["person:ola"] == "[navn 3]"


def test_without_key_tags_restart(tmp_path: Path) -> None:
    text = "Per ringte."
    assert apply_spans(text, _spans(text, {"Per": "person"}), Tagger("nb")) == "[navn 1] ringte."


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b'{"format": "other"}', b"[]",
                                     b'{"format": "kondens-linking-key", "version": 1, "mapping": [1]}',
                                     b'{"format": "kondens-linking-key", "version": 9}'])
def test_corrupt_key_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "key.json"
    p.write_bytes(content)
    with pytest.raises(LinkingKeyError, match="key.json"):
        LinkingKey.load_or_new(p)


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LinkingKeyError):
        LinkingKey.load_or_new(tmp_path / "nope" / "key.json")


def test_is_inside_project(tmp_path: Path) -> None:
    proj = tmp_path / "study.kondens"
    proj.mkdir()
    assert is_inside_project(proj / "key.json", proj)
    assert is_inside_project(proj / "sub" / "key.json", proj)
    assert not is_inside_project(tmp_path / "key.json", proj)
    assert not is_inside_project(tmp_path / "study.kondens2" / "key.json", proj)
