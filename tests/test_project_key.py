"""A project's linking key from the shell: created with ``kondens new`` by default, used by ``import`` so tags
are consistent across transcripts, ``--no-key``, ``kondens key`` (move, passphrase, create), and withdrawal."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from app.cli.main import main
from app.review import key_settings as ks
from coding.services.key_settings import key_state
from coding.store import Project
from coding.store.models import Transcript
from tests.conftest import TEST_PASSPHRASE
from transcripts.deid.linking_key import LinkingKey, key_folder

A = "I: Hvor bodde du?\n\nA: Jeg bodde i Tromsø med Kari Nordmann.\n\nI: Og så?\n\nA: Så flyttet Kari til Hamar."
B = "I: Hvor er du fra?\n\nB: Fra Bodø. Kari Nordmann bodde også der.\n\nI: Og nå?\n\nB: Nå bor jeg i Tromsø."


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _texts(proj: Path) -> list[str]:
    with Project.open(proj, readonly=True) as p, p.read() as s:
        return [t.text for t in s.query(Transcript).order_by(Transcript.id)]


def _key_of(proj: Path) -> Path:
    with Project.open(proj, readonly=True) as p:
        st = ks.key_status(p)
    assert st.uses_key and st.path is not None
    return st.path


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    p = tmp_path / "study.kondens"
    assert main(["new", str(p)]) == 0
    return p


def test_new_project_gets_an_encrypted_key_outside_the_project(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "new.kondens"
    assert main(["new", str(proj)]) == 0
    key = _key_of(proj)
    assert key.parent == key_folder() and key.suffix == ".kondenskey" and key.is_file()
    assert "linking key: " + str(key) in capsys.readouterr().err
    with Project.open(proj, readonly=True) as p:
        state = key_state(p)
    assert state.mode == "key" and key.name == f"{state.project_id}.kondenskey"
    assert not any(x.suffix == ".kondenskey" for x in proj.rglob("*"))
    assert json.loads(key.read_bytes())["version"] == 2
    # the project holds the key's id and mode, never its path (that is a per-machine user setting)
    db = sqlite3.connect(proj / "project.db")
    rows = dict(db.execute("SELECT key, value FROM settings").fetchall())
    db.close()
    assert str(key.parent) not in json.dumps(rows)


def test_import_with_the_key_keeps_tags_consistent(tmp_path: Path, proj: Path) -> None:
    fa, fb = _write(tmp_path, "a.txt", A), _write(tmp_path, "b.txt", B)
    assert main(["import", str(proj), str(fa), "--yes"]) == 0
    assert main(["import", str(proj), str(fb), "--yes"]) == 0  # a separate run: the key carries the tags
    ta, tb = _texts(proj)
    m = re.search(r"bodde i (\[sted \d+\]) med (\[navn \d+\])", ta)
    assert m, ta
    place_a, person_a = m.groups()
    assert tb.endswith(f"bor jeg i {place_a}.")  # [sted 1] means Tromsø in A and in B
    assert f"{person_a} bodde også der" in tb
    assert "\n\nFra [sted " in tb and f"Fra {place_a}" not in tb  # Bodø: a new number
    key = LinkingKey.open(_key_of(proj), TEST_PASSPHRASE)
    assert key.used_by["place:tromsø"] == ["A", "B"] and key.used_by["place:hamar"] == ["A"]
    assert key.used_by["place:bodø"] == ["B"]
    for name in (b"Troms", b"Kari", b"Hamar", b"Bod"):
        assert name not in _all_bytes(proj) and name not in _key_of(proj).read_bytes()


def test_no_key_is_an_explicit_choice_and_tags_are_per_transcript(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "nokey.kondens"
    assert main(["new", str(proj), "--no-key"]) == 0
    assert "no linking key" in capsys.readouterr().err
    assert not key_folder().exists() or not list(key_folder().iterdir())
    with Project.open(proj, readonly=True) as p:
        assert key_state(p).mode == "none" and not ks.key_status(p).uses_key
    fa = _write(tmp_path, "a.txt", A)
    fb = _write(tmp_path, "b.txt", B.replace("Bodø", "Bergen").replace("Tromsø", "Oslo"))
    assert main(["import", str(proj), str(fa), str(fb), "--yes"]) == 0
    assert "tags are numbered per transcript" in capsys.readouterr().err
    ta, tb = _texts(proj)
    # per transcript: Tromsø in A and Bergen in B are both [sted 1], Oslo in B is [sted 2] like Hamar in A
    assert "i [sted 1] med" in ta and "\n\nFra [sted 1]." in tb and ta.endswith("til [sted 2].")
    assert tb.endswith("bor jeg i [sted 2].")


def test_no_key_on_import_skips_the_project_key(tmp_path: Path, proj: Path, capsys) -> None:
    fa = _write(tmp_path, "a.txt", A)
    assert main(["import", str(proj), str(fa), "--yes", "--no-key"]) == 0
    assert "numbered per transcript" in capsys.readouterr().err
    assert LinkingKey.open(_key_of(proj), TEST_PASSPHRASE).mapping == {}


def test_key_inside_the_project_is_refused(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "p.kondens"
    assert main(["new", str(proj), "--key", str(proj / "key.kondenskey")]) == 2
    assert "outside the project" in capsys.readouterr().err and not proj.exists()


def test_new_with_key_path(tmp_path: Path) -> None:
    proj = tmp_path / "p.kondens"
    where = tmp_path / "usb" / "study.kondenskey"
    assert main(["new", str(proj), "--key", str(where)]) == 0
    assert where.is_file() and _key_of(proj) == where.resolve()


def test_no_passphrase_and_no_terminal_is_a_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("KONDENS_KEY_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    proj = tmp_path / "p.kondens"
    assert main(["new", str(proj)]) == 2
    err = capsys.readouterr().err
    assert "KONDENS_KEY_PASSPHRASE" in err and "--no-key" in err and len(err.strip().splitlines()) == 1
    assert not proj.exists()


def test_wrong_passphrase_imports_nothing(tmp_path: Path, proj: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KONDENS_KEY_PASSPHRASE", "not the passphrase")
    assert main(["import", str(proj), str(_write(tmp_path, "a.txt", A)), "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert "wrong passphrase" in err and len(err.splitlines()) == 1
    assert _texts(proj) == []


def test_missing_key_is_a_clear_error(tmp_path: Path, proj: Path, capsys) -> None:
    _key_of(proj).unlink()
    assert main(["import", str(proj), str(_write(tmp_path, "a.txt", A)), "--yes"]) == 2
    assert "--locate" in capsys.readouterr().err and _texts(proj) == []


def test_key_command_move_passphrase_and_status(tmp_path: Path, proj: Path, monkeypatch, capsys) -> None:
    assert main(["import", str(proj), str(_write(tmp_path, "a.txt", A)), "--yes"]) == 0
    old = _key_of(proj)
    (tmp_path / "usb").mkdir()
    assert main(["key", str(proj), "--move", str(tmp_path / "usb")]) == 0
    new = _key_of(proj)
    assert new == (tmp_path / "usb" / old.name).resolve() and new.is_file() and not old.exists()
    monkeypatch.setenv("KONDENS_NEW_KEY_PASSPHRASE", "a brand new passphrase")
    assert main(["key", str(proj), "--change-passphrase"]) == 0
    assert LinkingKey.open(new, "a brand new passphrase").mapping
    capsys.readouterr()
    assert main(["key", str(proj)]) == 0
    assert str(new) in capsys.readouterr().out
    assert main(["key", str(proj), "--move", str(proj / "k.kondenskey")]) == 2  # never into the project
    # imports keep using the moved key with its new passphrase
    monkeypatch.setenv("KONDENS_KEY_PASSPHRASE", "a brand new passphrase")
    assert main(["import", str(proj), str(_write(tmp_path, "b.txt", B)), "--yes"]) == 0
    ta, tb = _texts(proj)
    m = re.search(r"bodde i (\[sted \d+\])", ta)
    assert m and tb.endswith(f"bor jeg i {m.group(1)}.")


def test_key_command_creates_a_key_for_an_old_project(tmp_path: Path, capsys) -> None:
    old = tmp_path / "old.kondens"
    Project.create(old).close()  # made before keys were the default: no id, no mode
    assert main(["key", str(old)]) == 0
    assert "no linking key" in capsys.readouterr().out
    assert main(["key", str(old), "--create"]) == 0
    assert _key_of(old).is_file()
    assert main(["key", str(old), "--create"]) == 2  # only one


def test_locate_a_key_moved_by_hand(tmp_path: Path, proj: Path) -> None:
    key = _key_of(proj)
    elsewhere = tmp_path / "elsewhere.kondenskey"
    key.rename(elsewhere)
    assert main(["key", str(proj), "--locate", str(elsewhere)]) == 0
    assert _key_of(proj) == elsewhere.resolve()
    assert main(["import", str(proj), str(_write(tmp_path, "a.txt", A)), "--yes"]) == 0


def test_withdraw_removes_the_informants_entries_from_the_key(tmp_path: Path, proj: Path, capsys) -> None:
    assert main(["import", str(proj), str(_write(tmp_path, "a.txt", A)), str(_write(tmp_path, "b.txt", B)),
                 "--yes"]) == 0
    capsys.readouterr()
    assert main(["withdraw", str(proj), "A", "--yes"]) == 0
    assert "removed, 2 shared" in capsys.readouterr().out
    key = LinkingKey.open(_key_of(proj), TEST_PASSPHRASE)
    # Hamar was A's alone: gone. Tromsø and Kari Nordmann were shared with B: kept, now B's only.
    assert not any(k.endswith("hamar") for k in key.mapping)
    assert key.used_by["place:tromsø"] == ["B"] and key.used_by["place:bodø"] == ["B"]
    assert all("A" not in users for users in key.used_by.values())


def test_withdraw_while_locked_is_applied_at_the_next_unlock(tmp_path: Path, proj: Path, capsys) -> None:
    assert main(["import", str(proj), str(_write(tmp_path, "a.txt", A)), str(_write(tmp_path, "b.txt", B)),
                 "--yes"]) == 0
    assert main(["withdraw", str(proj), "A", "--yes", "--no-key"]) == 0
    assert "at the next unlock" in capsys.readouterr().out
    with Project.open(proj, readonly=True) as p:
        assert key_state(p).pending == ("A",)
    assert any(k.endswith("hamar") for k in LinkingKey.open(_key_of(proj), TEST_PASSPHRASE).mapping)
    assert main(["key", str(proj), "--move", str(tmp_path)]) == 0  # any unlock applies it
    with Project.open(proj, readonly=True) as p:
        assert key_state(p).pending == ()
    key = LinkingKey.open(_key_of(proj), TEST_PASSPHRASE)
    assert not any(k.endswith("hamar") for k in key.mapping) and key.used_by["place:tromsø"] == ["B"]


def test_legacy_key_chosen_by_path_is_migrated(tmp_path: Path, monkeypatch) -> None:
    old = tmp_path / "old.kondens"
    Project.create(old).close()
    legacy = tmp_path / "koblingsnokkel.json"
    legacy.write_text(json.dumps({"format": "kondens-linking-key", "version": 1,
                                  "mapping": {"place:tromsø": "[sted 4]"}, "always": []}), encoding="utf-8")
    ks._write(ks.LEGACY, {str(old.resolve()): str(legacy)})  # as Project → Linking key… stored it before
    assert main(["import", str(old), str(_write(tmp_path, "a.txt", A)), "--yes"]) == 0
    (text,) = _texts(old)
    assert "bodde i [sted 4] med" in text  # the old key's tag
    assert b"troms" not in legacy.read_bytes().lower()  # now encrypted, with an id
    with Project.open(old, readonly=True) as p:
        st = ks.key_status(p)
    assert st.uses_key and st.path == legacy.resolve() and st.project_id
    key = LinkingKey.open(legacy, TEST_PASSPHRASE)
    assert key.project_id == st.project_id and key.used_by["place:tromsø"] == ["A"]
