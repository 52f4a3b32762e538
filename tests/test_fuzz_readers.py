"""Fuzzed readers: random and mutated bytes give a reader's own error, in bounded time and memory.

``make test`` runs a small budget; ``make fuzz`` sets KONDENS_FUZZ_EXAMPLES for a longer run.
Hostile files (zip bomb, 1 GB declared size, deep XML) run in a child process with an address-space
limit, so a reader that tries to inflate them fails the test instead of the machine.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS
from transcripts.readers import EXTENSIONS, RawDoc, UnreadableFile, read_data

EXAMPLES = int(os.environ.get("KONDENS_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=5000, suppress_health_check=list(HealthCheck), derandomize=True)
SAMPLES = sorted(CORPUS.glob("intervju_*")) if CORPUS.is_dir() else []


def _check(data: bytes, suffix: str) -> None:
    try:
        doc = read_data(data, suffix)
    except UnreadableFile as e:
        assert str(e).strip() and "\n" not in str(e)
        return
    assert isinstance(doc, RawDoc)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(EXTENSIONS))
def test_random_bytes(data: bytes, suffix: str) -> None:
    _check(data, suffix)


@pytest.mark.skipif(not SAMPLES, reason="../shared/corpus is absent")
@FUZZ
@given(idx=st.integers(0, 9), cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)),
                                                                   max_size=8), wrong=st.booleans(),
       other=st.sampled_from(EXTENSIONS))
def test_mutated_corpus_files(idx: int, cut: float, flips: list[tuple[float, int]], wrong: bool, other: str) -> None:
    path = SAMPLES[idx % len(SAMPLES)]
    data = bytearray(path.read_bytes())
    for where, bit in flips:
        data[int(where * (len(data) - 1))] ^= 1 << bit
    data = data[: max(1, int(len(data) * cut))] if cut < 0.97 else data
    _check(bytes(data), other if wrong else path.suffix)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buf.getvalue()


def _docx_with(document_xml: bytes) -> bytes:
    ct = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
          b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip({"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": document_xml})


def _declared_1gb_zip() -> bytes:
    """A tiny zip whose directory claims a 1 GB member (sizes patched in the headers)."""
    data = bytearray(_docx_with(b"<w:document/>"))
    one_gb = (1 << 30).to_bytes(4, "little")
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        data[pos + 24: pos + 28] = one_gb  # central directory: uncompressed size
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


HOSTILE = {
    "zip_bomb.docx": lambda: _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (300 << 20)}),
    "declared_1gb.docx": _declared_1gb_zip,
    "deep.docx": lambda: _docx_with(b"<a>" * 200_000 + b"</a>" * 200_000),
    "deep.odt": lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                              "content.xml": b"<a>" * 200_000 + b"</a>" * 200_000}),
    "billion_laughs.docx": lambda: _docx_with(
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + b"".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9))
        + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
          b"<w:t>&j;</w:t></w:r></w:p></w:body></w:document>"),
    "not_a_document.odt": lambda: _zip({"hello.txt": b"hei"}),
    "huge_line.txt": lambda: b"I: " + b"a" * (20 << 20),
}

CHILD = textwrap.dedent("""
    import resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
    from pathlib import Path
    from transcripts.readers import UnreadableFile, read_data
    p = Path(sys.argv[1])
    t0 = time.monotonic()
    try:
        read_data(p.read_bytes(), p.suffix)
        print("read", round(time.monotonic() - t0, 2))
    except UnreadableFile as e:
        print("refused", round(time.monotonic() - t0, 2), e)
""")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_within_bounds(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name]())
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"{name}: reader crashed or exceeded 1.5 GB\n{out.stderr[-2000:]}"
    verdict, seconds = out.stdout.split()[:2]
    assert float(seconds) < 20
    if name != "huge_line.txt":
        assert verdict == "refused", out.stdout
