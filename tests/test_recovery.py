"""Recovery that works when it is needed (issue 19): backups, restore, the lock, odd paths, one-line errors.

Each test reproduces one finding of the adversarial run; the item number is in its name.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coding.services import codes as code_svc
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project, ProjectError, lock
from coding.store.backup import list_backups, restore_backup, rotate, take_backup
from transcripts.workspace import open_project

KONDENS = [sys.executable, "-m", "app.cli.main"]


def _transcript(n: int = 40, title: str = "T") -> NewTranscript:
    sentences = [f"Dette er setning nummer {i} om musikk og venner." for i in range(n)]
    text = " ".join(sentences)
    lines, pos = [], 0
    for s in sentences:
        lines.append(NewLine(0, pos, pos + len(s)))
        pos += len(s) + 1
    return NewTranscript(title=title, text=text, turns=(NewTurn("A", "informant", 0, len(text)),),
                         lines=tuple(lines), informant_label="A", word_count=len(text.split()))


def _project(path: Path, transcripts: int = 1) -> Path:
    with Project.create(path) as p:
        for i in range(transcripts):
            add_transcript(p, _transcript(title=f"T{i}"))
        code_svc.create_code(p, "trivsel")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``kondens ARGS`` in this process (a fresh interpreter per call would make the suite slow)."""
    import contextlib
    import io

    from app.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(list(args))
    return subprocess.CompletedProcess(list(args), rc, out.getvalue(), err.getvalue())


def _one_line_error(out: subprocess.CompletedProcess[str]) -> None:
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def _valid_backups(proj: Path) -> list[int]:
    return [b.transcripts for b in list_backups(proj) if b.transcripts >= 0]


# ---- 1: an empty project.db ----------------------------------------------------------------------------

def test_item1_empty_database_is_refused_and_keeps_the_backups(tmp_path: Path) -> None:
    proj = _project(tmp_path / "e.kondens")
    for _ in range(3):
        open_project(proj).close()
    assert _valid_backups(proj) == [1, 1, 1]
    os.truncate(proj / "project.db", 0)
    for _ in range(4):
        with pytest.raises(ProjectError, match="empty"):
            open_project(proj)
        _one_line_error(_cli("search", str(proj), "musikk"))
    assert (proj / "project.db").stat().st_size == 0  # nothing was migrated into it
    assert _valid_backups(proj) == [1, 1, 1]  # no backup of the empty file pushed a good one out


# ---- 2: recovery through the CLI when project.db is damaged -------------------------------------------

def _corrupt(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='lines'").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    for i in range(64):  # 64 bytes at the head of the page that holds the lines' b-tree
        data[(root - 1) * page + i] ^= 0xA5
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["corrupt", "empty", "missing"])
def test_item2_backups_and_restore_work_on_a_damaged_database(tmp_path: Path, damage: str) -> None:
    proj = _project(tmp_path / "c.kondens", transcripts=3)
    with Project.open(proj) as p:
        p.engine.dispose()
    open_project(proj).close()
    (good,) = list_backups(proj)
    db = proj / "project.db"
    if damage == "corrupt":
        _corrupt(db)
        _one_line_error(_cli("info", str(proj)))
    elif damage == "empty":
        os.truncate(db, 0)
    else:
        db.unlink()
    refused = _cli("search", str(proj), "musikk")
    _one_line_error(refused)
    assert "kondens restore" in refused.stderr  # the way out is named
    listed = _cli("backups", str(proj))
    assert listed.returncode == 0, listed.stderr
    assert good.path.name in listed.stdout and "transcripts=3" in listed.stdout
    out = _cli("restore", str(proj), good.path.name)
    assert out.returncode == 0, out.stderr
    assert "restored" in out.stdout
    info = json.loads(_cli("info", str(proj), "--json").stdout)
    assert info["transcripts"] == 3 and info["codes"] == 1
    if damage == "corrupt":  # the damaged file is kept aside, not thrown away
        assert list((proj / "backups").glob("damaged-*.db"))


# ---- 3: a full disk, rotation by validity, restoring something that is not a backup ---------------------

_FULL_DISK = """
import resource, signal, sys
from transcripts.workspace import open_project
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
open_project(sys.argv[1]).close()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE simulates the full disk")
def test_item3_full_disk_leaves_no_broken_backup(tmp_path: Path) -> None:
    proj = _project(tmp_path / "d.kondens", transcripts=6)
    open_project(proj).close()
    before = sorted(p.name for p in (proj / "backups").iterdir())
    size = (proj / "project.db").stat().st_size
    for _ in range(3):  # every write beyond a third of the database fails, as on a full disk
        out = subprocess.run([sys.executable, "-c", _FULL_DISK, str(proj), str(size // 3)],
                             capture_output=True, text=True)
        assert out.returncode != 0
        assert "Traceback" not in out.stderr or "BackupFailed" in out.stderr
        assert "could not write a backup" in out.stderr
    assert sorted(p.name for p in (proj / "backups").iterdir()) == before
    out = _cli("reindex", str(proj))  # space again
    assert out.returncode == 0, out.stderr
    assert _valid_backups(proj) == [6, 6]


def test_item3_backup_failure_is_one_line_in_the_cli(tmp_path: Path) -> None:
    proj = _project(tmp_path / "f.kondens")
    (proj / "backups").write_text("a file where the backup folder should be")
    _one_line_error(_cli("reindex", str(proj)))


def test_item3_rotation_never_drops_a_valid_backup_for_an_invalid_one(tmp_path: Path) -> None:
    proj = _project(tmp_path / "r.kondens")
    with Project.open(proj) as p:
        for _ in range(3):
            take_backup(p, "open", keep=10)
    folder = proj / "backups"
    for i in range(12):  # newer by name than every valid one, as the full disk left them
        (folder / f"project-29991231-2359{i:02d}-000000-open.db").write_bytes(b"")
    (folder / "project-29991231-235959-000000-open.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with Project.open(proj) as p:
        take_backup(p, "open", keep=3)
    infos = list_backups(proj)
    assert len(infos) == 3 and all(b.valid and b.transcripts == 1 for b in infos)
    rotate(proj, 1)
    assert len(list_backups(proj)) == 1


@pytest.mark.parametrize("kind", ["empty", "foreign", "garbage"])
def test_item3_restore_refuses_what_is_not_a_kondens_backup(tmp_path: Path, kind: str) -> None:
    proj = _project(tmp_path / "x.kondens")
    bad = tmp_path / "bad.db"
    if kind == "empty":
        bad.write_bytes(b"")
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE notes (t TEXT)")
        con.execute("INSERT INTO notes VALUES ('hei')")
        con.commit()
        con.close()
    else:
        bad.write_bytes(b"not a database at all " * 100)
    before = (proj / "project.db").read_bytes()
    with pytest.raises(Exception, match="cannot restore"):
        restore_backup(proj, bad)
    out = _cli("restore", str(proj), str(bad))
    _one_line_error(out)
    assert "cannot restore" in out.stderr
    assert (proj / "project.db").read_bytes() == before
    info = json.loads(_cli("info", str(proj), "--json").stdout)
    assert info["transcripts"] == 1


# ---- 9: the lock is exclusive --------------------------------------------------------------------------

_HOLD = """
import sys, time
from coding.store import Project
p = Project.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""

_RACE = """
import os, sys, time
from coding.store import lock
from pathlib import Path
proj, go = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
try:
    lock.acquire(proj)
except Exception as e:
    print("refused", flush=True)
else:
    print("got", flush=True)
    time.sleep(1.0)
    lock.release(proj)
"""


def test_item9_empty_lock_file_of_a_live_holder_is_not_taken_over(tmp_path: Path) -> None:
    proj = _project(tmp_path / "l.kondens")
    child = subprocess.Popen([sys.executable, "-c", _HOLD, str(proj)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        (proj / lock.LOCK_NAME).write_bytes(b"")  # the moment between create and write, or a torn write
        with pytest.raises(lock.ProjectLocked):
            Project.open(proj)
        (proj / lock.LOCK_NAME).write_text(json.dumps({"host": "x", "pid": 999999, "since": "2001-01-01T00:00"}))
        os.utime(proj / lock.LOCK_NAME, (time.time() - 10 * lock.STALE_AFTER,) * 2)
        with pytest.raises(lock.ProjectLocked):  # a "stale" content changes nothing while the OS lock is held
            Project.open(proj)
    finally:
        child.kill()
        child.wait()
    with Project.open(proj):  # the holder died: the kernel dropped its lock
        pass


def test_item9_racing_openers_get_one_holder(tmp_path: Path) -> None:
    proj = _project(tmp_path / "race.kondens")
    # A stale lock left by a crash: the situation in which 63 of 100 races gave two holders.
    (proj / lock.LOCK_NAME).write_text(json.dumps({"host": lock.host_id(), "pid": 999999,
                                                   "since": "2001-01-01T00:00"}))
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", _RACE, str(proj), str(go)], stdout=subprocess.PIPE, text=True)
             for _ in range(6)]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    go.touch()
    results = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert results.count("got") == 1, results
    assert results.count("refused") == 5


def test_item9_other_computer_with_fresh_heartbeat_is_honoured(tmp_path: Path) -> None:
    proj = _project(tmp_path / "h.kondens")
    lockfile = proj / lock.LOCK_NAME
    lockfile.write_text(json.dumps({"host": "0123456789ab", "pid": 4242, "since": "2026-01-01T10:00"}))
    with pytest.raises(lock.ProjectLocked, match="another computer"):
        Project.open(proj)
    os.utime(lockfile, (time.time() - lock.STALE_AFTER - 60,) * 2)  # no heartbeat for too long
    with Project.open(proj):
        info = lock.read_lock(proj)
        assert info is not None and info.pid == os.getpid()


def test_item9_heartbeat_keeps_held_locks_fresh(tmp_path: Path) -> None:
    proj = _project(tmp_path / "g.kondens")
    with Project.open(proj):
        old = time.time() - 600
        os.utime(proj / lock.LOCK_NAME, (old, old))
        lock.start_heartbeat(0.05)
        deadline = time.time() + 10
        while (proj / lock.LOCK_NAME).stat().st_mtime < old + 500 and time.time() < deadline:
            time.sleep(0.05)
        assert (proj / lock.LOCK_NAME).stat().st_mtime > old + 500
    lock._beat = None  # the next caller (the desktop app) starts its own with the normal interval


def test_item9_the_desktop_app_starts_the_heartbeat(tmp_path: Path) -> None:
    code = ("import app.window.startup as st; from coding.store import lock; st.run_gui(None); "
            "print('BEAT', lock._beat is not None and lock._beat.is_alive())")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KONDENS_QUIT_AFTER_SHOW="1",
               KONDENS_CONFIG_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert "BEAT True" in out.stdout, out.stderr[-2000:]
    assert lock.HEARTBEAT_EVERY < lock.STALE_AFTER


# ---- 8 (lock part): the lock file keeps no user or host name -------------------------------------------

def test_item8_lock_file_holds_no_user_or_host_name(tmp_path: Path) -> None:
    import getpass
    import socket

    proj = _project(tmp_path / "n.kondens")
    with Project.open(proj):
        content = (proj / lock.LOCK_NAME).read_text()
    assert socket.gethostname() not in content
    assert getpass.getuser() not in json.loads(content).values()
    assert set(json.loads(content)) == {"host", "pid", "since"}


# ---- 10: read-only commands ----------------------------------------------------------------------------

def test_item10_search_is_read_only_and_takes_no_backup(tmp_path: Path) -> None:
    proj = _project(tmp_path / "s.kondens")
    open_project(proj).close()  # builds the index
    n_backups = len(list_backups(proj))
    for _ in range(3):
        out = _cli("search", str(proj), "musikk")
        assert out.returncode == 0, out.stderr
        assert "musikk" in out.stdout
    assert len(list_backups(proj)) == n_backups
    child = subprocess.Popen([sys.executable, "-c", _HOLD, str(proj)], stdout=subprocess.PIPE, text=True)
    try:  # a writer holds the project: searching beside it works and writes nothing into it
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        index_files = sorted((p.name, p.stat().st_mtime) for p in (proj / "index").rglob("*"))
        con = sqlite3.connect(proj / "project.db")  # the database moves on; the index is now behind
        con.execute("UPDATE transcripts SET title='Ny tittel', text=text || ' Slutt.'")
        con.commit()
        con.close()
        out = _cli("search", str(proj), "musikk")
        assert out.returncode == 0, out.stderr
        assert "Ny tittel" in out.stdout  # a private index was built from the current database
        assert sorted((p.name, p.stat().st_mtime) for p in (proj / "index").rglob("*")) == index_files
    finally:
        child.kill()
        child.wait()
    assert len(list_backups(proj)) == n_backups


# ---- 14: paths with URL characters ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Master #1", "what?", "100% ferdig", "a&b;c", "it's", 'si "hei"',
                                  "mellom rom", "Ærlig øl å", "x#y?z%41"])
def test_item14_odd_names_stay_inside_the_project(tmp_path: Path, name: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "root"
    folder = root / name
    folder.mkdir(parents=True)
    proj = folder / f"{name}.kondens"
    out = _cli("new", str(proj))
    assert out.returncode == 0, out.stderr
    open_project(proj).close()
    with Project.open(proj) as p:
        code_svc.create_code(p, "kode")
    out = _cli("search", str(proj), "kode")
    assert out.returncode == 0, out.stderr
    stray = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")
                   if p.is_file() and proj not in p.parents)
    assert stray == []
    assert _valid_backups(proj) == [0]
    info = json.loads(_cli("info", str(proj), "--json").stdout)
    assert info["codes"] == 1


def test_item14_too_long_name_is_a_clear_error(tmp_path: Path) -> None:
    out = _cli("new", str(tmp_path / ("n" * 250 + ".kondens")))
    _one_line_error(out)
    assert "too long" in out.stderr
    assert list(tmp_path.iterdir()) == []


# ---- 15: newer schema, one-line errors ------------------------------------------------------------------

def test_item15_newer_schema_is_refused_without_changes(tmp_path: Path) -> None:
    proj = _project(tmp_path / "n.kondens")
    con = sqlite3.connect(proj / "project.db")
    con.execute("UPDATE alembic_version SET version_num='0099_future'")
    con.commit()
    con.close()
    before = (proj / "project.db").read_bytes()
    for args in (["search", str(proj), "x"], ["info", str(proj)], ["reindex", str(proj)]):
        out = _cli(*args)
        _one_line_error(out)
        assert "newer Kondens" in out.stderr and "0099_future" in out.stderr
    assert not (proj / "backups").exists()
    assert (proj / "project.db").read_bytes() == before


def test_item15_user_errors_are_one_line(tmp_path: Path) -> None:
    proj = _project(tmp_path / "o.kondens")
    target_dir = tmp_path / "adir"
    target_dir.mkdir()
    _one_line_error(_cli("export", "report", str(proj), str(target_dir)))
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "report.docx").mkdir()  # unwritable target even for root
    _one_line_error(_cli("export", "report", str(proj), str(ro / "report.docx" / "x" / "r.docx")))
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    _one_line_error(_cli("demo", str(a_file), "--no-gui"))


def test_item3_backup_failed_is_a_user_error(tmp_path: Path) -> None:
    from coding.store.project import BackupFailed

    proj = _project(tmp_path / "b.kondens")
    with Project.open(proj) as p:
        (proj / "backups").write_text("not a folder")
        with pytest.raises(BackupFailed, match="could not write a backup"):
            take_backup(p)


# ---- 4: a crash right after the withdraw or redact commit -------------------------------------------

PLANTED = "Solveigsen"

_CRASH_AFTER_COMMIT = """
import os, sys
import coding.services.{module} as svc
from coding.store import Project
svc.scrub_database = lambda project: os._exit(9)   # the process dies right after the commit
p = Project.open(sys.argv[1])
{call}
"""


def _with_planted(path: Path) -> Path:
    with Project.create(path) as p:
        add_transcript(p, _transcript(title="Annen"))
        t = _transcript(title="Intervju F")
        text = t.text + f" Jeg heter {PLANTED}."
        t = NewTranscript(title=t.title, text=text, turns=(NewTurn("F", "informant", 0, len(text)),),
                          lines=t.lines, informant_label="F", word_count=t.word_count + 3)
        add_transcript(p, t)
    open_project(path).close()  # a backup that holds F's text
    return path


def _crash(proj: Path, module: str, call: str) -> None:
    code = _CRASH_AFTER_COMMIT.format(module=module, call=call)
    out = subprocess.run([sys.executable, "-c", code, str(proj)], capture_output=True, text=True)
    assert out.returncode == 9, out.stderr


def _holders(proj: Path) -> set[str]:
    from coding.services.privacy_scan import scan_folder

    return {h.file for h in scan_folder(proj, [PLANTED])}


def test_item4_withdraw_interrupted_after_commit_is_finished_on_next_open(tmp_path: Path) -> None:
    from coding.services.scrub import pending_tasks

    proj = _with_planted(tmp_path / "w.kondens")
    _crash(proj, "withdraw", "svc.withdraw_informant(p, 'F')")
    assert any(f.startswith("backups/") for f in _holders(proj))  # what the crash left behind
    with open_project(proj) as p:
        assert pending_tasks(p) == []
        assert json.loads(_cli("info", str(proj), "--json").stdout)["transcripts"] == 1
    assert _holders(proj) == set()


def test_item4_restoring_an_unscrubbed_backup_does_not_bring_the_informant_back(tmp_path: Path) -> None:
    proj = _with_planted(tmp_path / "wr.kondens")
    (old,) = list_backups(proj)
    _crash(proj, "withdraw", "svc.withdraw_informant(p, 'F')")
    out = _cli("restore", str(proj), old.path.name)  # before any open: the backup still holds F
    assert out.returncode == 0, out.stderr
    with open_project(proj) as p:
        from coding import queries

        assert [i.label for i in queries.informants(p)] == ["A"]
    assert _holders(proj) == set()


def test_item4_redact_interrupted_after_commit_is_finished_on_next_open(tmp_path: Path) -> None:
    from coding.services.scrub import pending_tasks

    proj = _with_planted(tmp_path / "rd.kondens")
    _crash(proj, "redaction", f"svc.redact_text(p, {PLANTED!r}, 'person')")
    assert _holders(proj)
    with open_project(proj) as p:
        assert pending_tasks(p) == []
    assert _holders(proj) == set()
    out = _cli("search", str(proj), PLANTED)
    assert PLANTED not in out.stdout


# ---- 5: linking key and database stay in step -------------------------------------------------------

def _key_files(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    from transcripts.deid.linking_key import LinkingKey

    key = tmp_path / "outside" / "key.json"
    key.parent.mkdir()
    made = LinkingKey.create(key, os.environ["KONDENS_KEY_PASSPHRASE"])
    made.add_always(["Kari", "Ola"])
    made.save()
    f1 = tmp_path / "1.txt"
    f1.write_text("I: Hvem?\n\nA: Jeg jobbet med Kari.\n\nI: Og?\n\nA: Ja.", encoding="utf-8")
    f2 = tmp_path / "2.txt"
    f2.write_text("I: Og du?\n\nA: Ola ringte meg.\n\nI: Mer?\n\nA: Nei.", encoding="utf-8")
    proj = tmp_path / "k.kondens"
    assert _cli("new", str(proj)).returncode == 0
    return proj, key, f1, f2


def _texts(proj: Path) -> list[str]:
    from coding.store.models import Transcript

    with Project.open(proj, readonly=True) as p, p.read() as s:
        return [t.text for t in s.query(Transcript).order_by(Transcript.id)]


def test_item5_unwritable_key_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transcripts.deid.linking_key import LinkingKey, LinkingKeyError

    proj, key, f1, f2 = _key_files(tmp_path)

    def refuse(self: LinkingKey, *_: object) -> None:  # what a read-only folder (or a full disk) does to writes
        raise LinkingKeyError(f"{self.path.parent}: cannot write the linking key here (Read-only file system)")

    monkeypatch.setattr(LinkingKey, "save", refuse)
    monkeypatch.setattr(LinkingKey, "save_to", refuse)
    out = _cli("import", str(proj), str(f1), str(f2), "--yes", "--key", str(key))
    _one_line_error(out)
    assert "linking key" in out.stderr
    assert _texts(proj) == []  # nothing stored that the key does not know about


def test_item5_key_write_failing_mid_batch_rolls_that_file_back(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from transcripts.deid.linking_key import LinkingKey, LinkingKeyError

    proj, key, f1, f2 = _key_files(tmp_path)
    real = LinkingKey.save_to
    calls: list[Path] = []

    def flaky(self: LinkingKey, path: Path) -> None:  # the key written ahead of each commit
        calls.append(path)
        if len(calls) == 3:  # the check, file 1's write-ahead, then file 2's write-ahead fails
            raise LinkingKeyError(f"{self.path.parent}: cannot write the linking key here (No space left)")
        real(self, path)

    monkeypatch.setattr(LinkingKey, "save_to", flaky)
    out = _cli("import", str(proj), str(f1), str(f2), "--yes", "--key", str(key))
    assert out.returncode != 0
    texts = _texts(proj)
    assert len(texts) == 1 and "Kari" not in texts[0]
    mapping = LinkingKey.open(key, os.environ["KONDENS_KEY_PASSPHRASE"]).mapping
    assert list(mapping) == ["person:kari"]  # the key knows exactly what the database holds
    assert not list(key.parent.glob(".*"))


_CRASH_AT_KEY_RENAME = """
import os, sys
from pathlib import Path
real = os.replace
def replace(src, dst, *a, **k):
    if Path(dst).name == "key.json":
        os._exit(9)   # the process dies as the key is renamed into place
    return real(src, dst, *a, **k)
os.replace = replace
from app.cli.main import main
main(sys.argv[1:])
"""


def test_item5_crash_at_the_key_rename_never_reuses_a_tag(tmp_path: Path) -> None:
    proj, key, f1, f2 = _key_files(tmp_path)
    out = subprocess.run([sys.executable, "-c", _CRASH_AT_KEY_RENAME, "import", str(proj), str(f1), "--yes",
                          "--key", str(key)], capture_output=True, text=True)
    assert out.returncode == 9, out.stderr
    first = _texts(proj)
    assert len(first) == 1
    tag_kari = first[0].split("med ")[1].split(".")[0]
    assert tag_kari.startswith("[navn")
    out = _cli("import", str(proj), str(f2), "--yes", "--key", str(key))
    assert out.returncode == 0, out.stderr
    second = _texts(proj)[1]
    m = re.search(r"(\[navn \d+\]) ringte", second)
    assert m is not None, second
    tag_ola = m.group(1)
    assert tag_ola.startswith("[navn") and tag_ola != tag_kari  # Ola is not given Kari's number
    f3 = tmp_path / "3.txt"
    f3.write_text("I: Hvem nå?\n\nA: Kari igjen, faktisk.\n\nI: Takk.\n\nA: Ja.", encoding="utf-8")
    assert _cli("import", str(proj), str(f3), "--yes", "--key", str(key)).returncode == 0
    assert f"{tag_kari} igjen" in _texts(proj)[2]  # the key kept Kari's tag through the crash
    from transcripts.deid.linking_key import LinkingKey

    mapping = LinkingKey.open(key, os.environ["KONDENS_KEY_PASSPHRASE"]).mapping
    assert mapping["person:kari"] == tag_kari
    assert not list(key.parent.glob(".*"))


# ---- 7: text split over SQLite overflow pages ---------------------------------------------------------

SPLIT = "Zorbavik"


def _split_over_pages(proj: Path) -> None:
    """A project whose one transcript holds SPLIT exactly across an overflow-page boundary."""
    import random

    rng = random.Random(19)  # letters without a pattern: every 8-letter window occurs once
    chunks = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(24000))

    def store(text: str) -> None:
        if proj.exists():
            import shutil

            shutil.rmtree(proj)
        t = NewTranscript(title="T", text=text, turns=(NewTurn("A", "informant", 0, len(text)),),
                          lines=(NewLine(0, 0, len(text)),), informant_label="A", word_count=len(text.split()))
        with Project.create(proj) as p:
            add_transcript(p, t)
        con = sqlite3.connect(proj / "project.db")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()

    store(chunks)
    raw = (proj / "project.db").read_bytes()
    cut = next(b for b in range(8, len(chunks) - 8) if chunks[b - 8:b + 8].encode() not in raw
               and chunks[b - 8:b].encode() in raw and chunks[b:b + 8].encode() in raw)
    text = chunks[:cut - 5] + f" {SPLIT} " + chunks[cut + 5:]  # same length: the same page layout
    store(text)
    assert SPLIT.encode() not in (proj / "project.db").read_bytes()  # invisible to a raw scan


def test_item7_check_finds_text_split_over_overflow_pages(tmp_path: Path) -> None:
    proj = tmp_path / "ov.kondens"
    _split_over_pages(proj)
    names = tmp_path / "names.txt"
    names.write_text(SPLIT + "\n", encoding="utf-8")
    out = _cli("check", str(proj), "--names", str(names))
    assert out.returncode == 1, out.stdout + out.stderr  # found: not clean
    assert "project.db" in out.stdout


def test_item7_redact_deletes_a_backup_holding_split_text(tmp_path: Path) -> None:
    from coding.services.redaction import redact_text

    proj = tmp_path / "ovr.kondens"
    _split_over_pages(proj)
    with Project.open(proj) as p:
        backup = take_backup(p, "open")
        assert SPLIT.encode() not in backup.read_bytes()
        redact_text(p, SPLIT, "person")
    for b in (proj / "backups").glob("*.db"):
        con = sqlite3.connect(b)
        assert all(SPLIT not in t for (t,) in con.execute("SELECT text FROM transcripts"))
        con.close()
    assert not backup.exists()


# ---- 8: in-vivo codes go with the withdrawn informant ------------------------------------------------

def test_item8_withdraw_removes_in_vivo_codes_made_from_their_words(tmp_path: Path) -> None:
    from coding import queries
    from coding.services.codes import apply_code, create_code
    from coding.services.privacy_scan import scan_folder
    from coding.services.withdraw import withdraw_informant

    proj = tmp_path / "iv.kondens"
    phrase, other = "lillebror ble kalt Tufsen", "pappa sin gamle Volvo"
    with Project.create(proj) as p:
        ta = add_transcript(p, _transcript(10)).value  # informant A: "musikk" stands in A's text
        f = _transcript(10)
        text = f.text + f" Hjemme {phrase} av alle. Vi kjørte {other} overalt."
        tf = add_transcript(p, NewTranscript(title="Intervju F", text=text,
                                             turns=(NewTurn("F", "informant", 0, len(text)),),
                                             lines=f.lines + ((NewLine(0, len(f.text) + 1, len(text))),),
                                             informant_label="F", word_count=len(text.split()))).value
        musikk = create_code(p, "musikk").value
        apply_code(p, ta, 0, 20, musikk)
        apply_code(p, tf, 0, 20, musikk)
        iv = create_code(p, phrase).value
        a = text.index(phrase)
        apply_code(p, tf, a, a + len(phrase), iv)
        iv2 = create_code(p, other + "…").value  # shortened in-vivo names end with an ellipsis
        b = text.index(other)
        apply_code(p, tf, b - 4, b + len(other), iv2)
        apply_code(p, ta, 0, 10, iv2)  # also used in A's interview: kept, but under a neutral name
    open_project(proj).close()  # a backup holding both names
    with open_project(proj, backup=False) as p:
        withdraw_informant(p, "F")
        names = {c.name for c in queries.codes(p)}
    assert "musikk" in names and phrase not in names and other + "…" not in names
    assert any("trukket" in n for n in names)
    assert [h for h in scan_folder(proj, ["Tufsen", "Volvo"])] == []
