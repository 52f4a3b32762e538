"""Bad and hostile input: one clear line naming the file and the reason; the project is unchanged."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from coding.queries import project_info
from transcripts.importing import ImportFailed, import_files, plan_import

OK_TXT = "I: Hvordan har du det?\n\nA: Bra, takk. Det går fint.\n"


def _docx_bytes(*paras: str, heading: str | None = None) -> bytes:
    d = docx.Document()
    if heading:
        d.add_heading(heading, level=1)
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _bomb() -> bytes:
    good = zipfile.ZipFile(io.BytesIO(_docx_bytes("I: Hei?", "A: Hei.")))
    members = {n: good.read(n) for n in good.namelist()}
    members["word/document.xml"] = b" " * (30 * 1024 * 1024)  # 30 MB of blanks compress ~1000:1
    return _zip(members)


def make_bad_files(d: Path) -> dict[str, str]:
    """Write the malformed files; returns file name → words the error line must contain."""
    cases: dict[str, tuple[bytes | None, str]] = {
        "notes.pdf": (b"%PDF-1.4 whatever", "unsupported type"),
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".doc"),
        "secret.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
        "corrupt.docx": (os.urandom(3000), "not a valid Word document"),
        "archive.docx": (_zip({"a.txt": b"hello"}), "zip archive but not a Word document"),
        "truncated.docx": (_docx_bytes("I: Hei?", "A: Hei.")[:1500], "corrupt"),
        "badxml.docx": (None, "damaged"),
        "bomb.docx": (_bomb(), "zip bomb"),
        "empty.txt": (b"", "is empty"),
        "blank.txt": (b" \r\n\r\n\t \n", "is empty"),
        "garbage.txt": (bytes(range(256)) * 40, "binary"),
        "heading-only.docx": (_docx_bytes(heading="Intervju med noen"), "no speech"),
        "archive.odt": (_zip({"mimetype": b"application/zip"}), "not a OpenDocument text"),
        "plain.rtf": (b"this is not rtf at all", "not an RTF document"),
        "nohead.vtt": (b"00:00.000 --> 00:01.000\nhei\n", "not a valid WebVTT"),
        "header-only.vtt": (b"WEBVTT\n\n", "no speech"),
        "garbage.srt": (b"\x00\x01\x02\x03" * 500, "binary"),
    }
    out = {}
    for name, (data, reason) in cases.items():
        if name == "badxml.docx":
            z = zipfile.ZipFile(io.BytesIO(_docx_bytes("I: Hei?")))
            members = {n: z.read(n) for n in z.namelist()}
            members["word/document.xml"] = b"<w:document><unclosed"
            data = _zip(members)
        assert data is not None
        (d / name).write_bytes(data)
        out[name] = reason
    big = d / "huge.txt"
    with big.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    out["huge.txt"] = "over the 50 MB limit"
    (d / "folder.txt").mkdir()
    out["folder.txt"] = "is a directory"
    out["missing.docx"] = "does not exist"
    return out


@pytest.fixture
def bad(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    d = tmp_path / "bad"
    d.mkdir()
    return d, make_bad_files(d)


def test_at_least_fifteen_cases(bad) -> None:
    assert len(bad[1]) >= 15


def test_each_bad_file_gives_one_clear_line(project, bad) -> None:
    d, cases = bad
    for name, reason in cases.items():
        with pytest.raises(ImportFailed) as e:
            plan_import(project, d / name)
        msg = str(e.value)
        assert msg.startswith(name + ":"), msg
        assert reason.lower() in msg.lower(), (name, msg)
        assert "\n" not in msg


def test_batch_goes_on_and_project_unchanged(project, bad, tmp_path: Path) -> None:
    d, cases = bad
    before = project_info(project)
    good = tmp_path / "good.txt"
    good.write_text(OK_TXT, encoding="utf-8")
    names = sorted(cases)
    results = import_files(project, [d / n for n in names[:8]] + [good] + [d / n for n in names[8:]])
    assert [r.ok for r in results].count(True) == 1
    ok = next(r for r in results if r.ok)
    assert ok.file.endswith("good.txt") and ok.turns == 2
    after = project_info(project)
    assert after.transcripts == before.transcripts + 1 and after.turns == before.turns + 2
    for r in results:
        if not r.ok:
            assert r.error and Path(r.file).name in r.error


def test_cli_exit_2_and_info_unchanged(tmp_path: Path, bad) -> None:
    d, cases = bad
    proj = tmp_path / "p.kondens"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-m", "app.cli.main"]
    assert subprocess.run([*run, "new", str(proj)], env=env, capture_output=True).returncode == 0
    info = subprocess.run([*run, "info", str(proj), "--json"], env=env, capture_output=True, text=True).stdout
    r = subprocess.run([*run, "import", str(proj), *[str(d / n) for n in sorted(cases)], "--yes"], env=env,
                       capture_output=True, text=True)
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("kondens: ")]
    assert len(lines) == len(cases) + 1  # one per file plus the summary
    for name in cases:
        assert any(ln.startswith(f"kondens: {name}:") for ln in lines), name
    after = subprocess.run([*run, "info", str(proj), "--json"], env=env, capture_output=True, text=True).stdout
    assert json.loads(after) == json.loads(info)
