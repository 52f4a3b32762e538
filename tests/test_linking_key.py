"""Linking key file: encryption round trip, wrong passphrase, tampering, v1 migration, no plaintext names,
atomic save, consistent tags across imports, per-informant entries and withdrawal."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from transcripts.deid import linking_key
from transcripts.deid.linking_key import LinkingKey, LinkingKeyError, is_inside_project, peek
from transcripts.deid.types import Span, Tagger, apply_spans

PW = TEST_PASSPHRASE


def _spans(text: str, names: dict[str, str]) -> list[Span]:
    out = []
    for name, cat in names.items():
        i = text.find(name)
        while i >= 0:
            out.append(Span(i, i + len(name), cat, name))
            i = text.find(name, i + 1)
    return out


def _filled(path: Path) -> LinkingKey:
    key = LinkingKey.create(path, PW, project_id="0" * 32)
    key.mapping["person:kari nordmann"] = "[navn 1]"
    key.mapping["place:hølonda"] = "[sted 1]"
    key.add_always(["Kari  Nordmann", "Kari Nordmann", "Solveig Bakke-Olsen"])
    key.record_use(["person:kari nordmann"], "A")
    key.save()
    return key


def test_round_trip_encrypted(tmp_path: Path) -> None:
    _filled(tmp_path / "k.kondenskey")
    again = LinkingKey.open(tmp_path / "k.kondenskey", PW)
    assert again.mapping == {"person:kari nordmann": "[navn 1]", "place:hølonda": "[sted 1]"}
    assert again.always == ["Kari Nordmann", "Solveig Bakke-Olsen"]
    assert again.used_by == {"person:kari nordmann": ["A"]}
    assert again.project_id == "0" * 32 and again.version_on_disk == 2
    info = peek(tmp_path / "k.kondenskey")
    assert info.version == 2 and info.encrypted and info.project_id == "0" * 32
    # the atomic write leaves nothing but the key behind, readable by the user only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.kondenskey"]
    assert (tmp_path / "k.kondenskey").stat().st_mode & 0o077 == 0


def test_no_plaintext_names_in_the_file(tmp_path: Path) -> None:
    p = tmp_path / "k.kondenskey"
    _filled(p)
    raw = p.read_bytes()
    data = json.loads(raw)
    assert data["version"] == 2 and data["cipher"] == "AES-256-GCM" and data["kdf"]["name"] == "scrypt"
    for needle in ("Kari", "kari", "Nordmann", "Hølonda", "hølonda", "H\\u00f8londa", "Solveig", "navn", "sted",
                   "mapping", "always", PW):
        assert needle.encode("utf-8") not in raw, needle
    # nor in base64 of the plain content (a b64-encoded JSON would be no protection)
    assert b"Kari" not in base64.b64decode(data["data"])
    # a fresh nonce per save: the same content never gives the same bytes
    key = LinkingKey.open(p, PW)
    key.save()
    assert p.read_bytes() != raw


def test_wrong_passphrase_is_one_clear_line(tmp_path: Path) -> None:
    p = tmp_path / "k.kondenskey"
    _filled(p)
    with pytest.raises(LinkingKeyError, match="wrong passphrase") as e:
        LinkingKey.open(p, "not the right one")
    assert "\n" not in str(e.value) and str(p) in str(e.value)
    with pytest.raises(LinkingKeyError, match="locked"):
        LinkingKey.open(p, None)


@pytest.mark.parametrize("part", ["data", "nonce", "project", "kdf"])
def test_tampering_is_detected(tmp_path: Path, part: str) -> None:
    p = tmp_path / "k.kondenskey"
    _filled(p)
    data = json.loads(p.read_bytes())
    if part in ("data", "nonce"):
        raw = bytearray(base64.b64decode(data[part]))
        raw[len(raw) // 2] ^= 0x01
        data[part] = base64.b64encode(bytes(raw)).decode()
    elif part == "project":
        data["project"] = "1" * 32  # the key passed off as another project's
    else:
        data["kdf"]["r"] = 9  # a header change is authenticated too
    p.write_text(json.dumps(data))
    with pytest.raises(LinkingKeyError, match="altered"):
        LinkingKey.open(p, PW)


def test_lowered_scrypt_cost_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "k.kondenskey"
    _filled(p)
    data = json.loads(p.read_bytes())
    data["kdf"]["n"] = 2
    p.write_text(json.dumps(data))
    with pytest.raises(LinkingKeyError, match="cost"):
        LinkingKey.open(p, PW)


def test_default_cost_is_recorded_in_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking_key, "KDF_COST", {"n": 2**15, "r": 8, "p": 3})  # the shipped default
    p = tmp_path / "k.kondenskey"
    LinkingKey.create(p, PW)
    kdf = json.loads(p.read_bytes())["kdf"]
    assert (kdf["n"], kdf["r"], kdf["p"]) == (2**15, 8, 3) and len(base64.b64decode(kdf["salt"])) == 16
    assert LinkingKey.open(p, PW).mapping == {}


def test_plaintext_v1_is_read_and_rewritten_encrypted(tmp_path: Path) -> None:
    p = tmp_path / "old.json"
    p.write_text(json.dumps({"format": "kondens-linking-key", "version": 1, "mapping": {"person:ola": "[navn 2]"},
                             "always": ["Ola Nordmann"]}), encoding="utf-8")
    assert not peek(p).encrypted
    key = LinkingKey.open(p, None)  # readable without a passphrase …
    assert key.mapping == {"person:ola": "[navn 2]"} and key.version_on_disk == 1
    with pytest.raises(LinkingKeyError, match="passphrase"):
        key.save()  # … but never written back in the clear
    assert b"Ola" in p.read_bytes()
    key.set_passphrase(PW)
    key.save()
    assert b"Ola" not in p.read_bytes() and peek(p).encrypted
    again = LinkingKey.open(p, PW)
    assert again.mapping == {"person:ola": "[navn 2]"} and again.always == ["Ola Nordmann"]
    assert sorted(x.name for x in tmp_path.iterdir()) == ["old.json"]


def test_change_passphrase_uses_a_new_salt(tmp_path: Path) -> None:
    p = tmp_path / "k.kondenskey"
    key = _filled(p)
    salt = json.loads(p.read_bytes())["kdf"]["salt"]
    key.set_passphrase("another passphrase")
    key.save()
    assert json.loads(p.read_bytes())["kdf"]["salt"] != salt
    with pytest.raises(LinkingKeyError):
        LinkingKey.open(p, PW)
    assert LinkingKey.open(p, "another passphrase").mapping == key.mapping


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(LinkingKeyError, match="at least 8"):
        LinkingKey.create(tmp_path / "k.kondenskey", "short")
    assert not (tmp_path / "k.kondenskey").exists()


def test_create_refuses_to_overwrite_and_makes_private_folders(tmp_path: Path) -> None:
    p = tmp_path / "a" / "b" / "k.kondenskey"
    LinkingKey.create(p, PW)
    assert p.parent.stat().st_mode & 0o077 == 0
    with pytest.raises(LinkingKeyError, match="already exists"):
        LinkingKey.create(p, PW)


def test_failed_save_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "k.kondenskey"
    key = _filled(p)
    before = p.read_bytes()

    def boom(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(linking_key.os, "replace", boom)
    key.mapping["person:per"] = "[navn 2]"
    with pytest.raises(LinkingKeyError, match="No space"):
        key.save()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["k.kondenskey"] and p.read_bytes() == before


def test_move_to(tmp_path: Path) -> None:
    key = _filled(tmp_path / "k.kondenskey")
    (tmp_path / "usb").mkdir()
    key.move_to(tmp_path / "usb" / "k.kondenskey")
    assert not (tmp_path / "k.kondenskey").exists()
    assert LinkingKey.open(tmp_path / "usb" / "k.kondenskey", PW).mapping == key.mapping
    with pytest.raises(LinkingKeyError, match="already exists"):
        key.move_to(tmp_path / "usb" / "k.kondenskey")


def test_tags_consistent_across_two_imports(tmp_path: Path) -> None:
    first = "Jeg jobbet med Kari i Bodø. Per var der også."
    second = "Per ringte. Så kom Ola og Kari fra Bodø."
    names = {"Kari": "person", "Per": "person", "Ola": "person", "Bodø": "place"}

    key = LinkingKey.create(tmp_path / "k.kondenskey", PW)
    out1 = apply_spans(first, _spans(first, names), Tagger("nb", mapping=key.mapping))
    key.save()
    assert out1 == "Jeg jobbet med [navn 1] i [sted 1]. [navn 2] var der også."

    key2 = LinkingKey.open(tmp_path / "k.kondenskey", PW)
    out2 = apply_spans(second, _spans(second, names), Tagger("nb", mapping=key2.mapping))
    # Per and Kari keep their tags from the first interview; Ola gets the next free number
    assert out2 == "[navn 2] ringte. Så kom [navn 3] og [navn 1] fra [sted 1]."
    key2.save()
    assert LinkingKey.open(tmp_path / "k.kondenskey", PW).mapping["person:ola"] == "[navn 3]"


def test_without_key_tags_restart() -> None:
    text = "Per ringte."
    assert apply_spans(text, _spans(text, {"Per": "person"}), Tagger("nb")) == "[navn 1] ringte."


def test_tagger_records_the_entries_it_used() -> None:
    t = Tagger("nb", mapping={"person:kari": "[navn 1]", "person:ola": "[navn 2]"})
    apply_spans("Karis bror og Bodø", [Span(0, 5, "person", "Karis"), Span(14, 18, "place", "Bodø")], t)
    assert t.used == {"person:kari", "place:bodø"}


def test_forget_informant_removes_only_their_own_entries(tmp_path: Path) -> None:
    key = LinkingKey.create(tmp_path / "k.kondenskey", PW)
    key.mapping.update({"person:kari": "[navn 1]", "place:bodø": "[sted 1]", "person:ola": "[navn 2]"})
    key.record_use(["person:kari", "place:bodø"], "A")
    key.record_use(["place:bodø", "person:ola"], "B")
    key.add_always(["Kari"])
    assert key.forget_informant("A") == (1, 1)
    assert key.mapping == {"place:bodø": "[sted 1]", "person:ola": "[navn 2]"}
    assert key.used_by == {"place:bodø": ["B"], "person:ola": ["B"]}
    assert key.always == ["Kari"]  # the researcher's list stays
    key.save()
    assert LinkingKey.open(key.path, PW).used_by == {"place:bodø": ["B"], "person:ola": ["B"]}


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b'{"format": "other"}', b"[]",
                                     b'{"format": "kondens-linking-key", "version": 1, "mapping": [1]}',
                                     b'{"format": "kondens-linking-key", "version": 9}',
                                     b'{"format": "kondens-linking-key", "version": 2, "kdf": "x"}',
                                     b'{"format": "kondens-linking-key", "version": 2, "cipher": "AES-256-GCM", '
                                     b'"kdf": {"name": "scrypt", "n": 16384, "r": 8, "p": 1, "salt": "!!"}}'])
def test_corrupt_key_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "key.json"
    p.write_bytes(content)
    with pytest.raises(LinkingKeyError, match="key.json"):
        LinkingKey.open(p, PW)


def test_missing_key_and_missing_folder_are_errors(tmp_path: Path) -> None:
    with pytest.raises(LinkingKeyError, match="not found"):
        LinkingKey.open(tmp_path / "nope.kondenskey", PW)
    with pytest.raises(LinkingKeyError, match="does not exist"):
        LinkingKey.open_or_create(tmp_path / "nope" / "key.kondenskey", PW)


def test_is_inside_project(tmp_path: Path) -> None:
    proj = tmp_path / "study.kondens"
    proj.mkdir()
    assert is_inside_project(proj / "key.json", proj)
    assert is_inside_project(proj / "sub" / "key.json", proj)
    assert not is_inside_project(tmp_path / "key.json", proj)
    assert not is_inside_project(tmp_path / "study.kondens2" / "key.json", proj)
