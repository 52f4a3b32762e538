"""Fuzzed ``.qdpx`` import: random and mutated archives give the importer's own error; nothing is stored."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coding import queries
from coding.errors import KondensError
from coding.store import Project
from exports.refi.importer import import_qdpx
from tests.conftest import SHARED

EXAMPLES = int(os.environ.get("KONDENS_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=10000, suppress_health_check=list(HealthCheck), derandomize=True)
MINIMAL = SHARED / "refi" / "samples" / "minimal_project.qdpx"


@pytest.fixture(scope="module")
def proj(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return Project.create(tmp_path_factory.mktemp("fz") / "fz.kondens")


def _try(proj: Project, tmp: Path, data: bytes) -> None:
    before = queries.project_info(proj)
    path = tmp / "x.qdpx"
    path.write_bytes(data)
    try:
        import_qdpx(proj, path)
    except KondensError as e:
        assert str(e).strip() and "\n" not in str(e)
        assert queries.project_info(proj) == before  # nothing half-imported


@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes(proj: Project, tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    _try(proj, tmp_path_factory.mktemp("r"), data)


@pytest.mark.skipif(not MINIMAL.exists(), reason="../shared/refi is absent")
@FUZZ
@given(cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)), min_size=1, max_size=6))
def test_mutated_sample(proj: Project, tmp_path_factory: pytest.TempPathFactory, cut: float,
                        flips: list[tuple[float, int]]) -> None:
    data = bytearray(MINIMAL.read_bytes())
    for where, bit in flips:
        data[int(where * (len(data) - 1))] ^= 1 << bit
    _try(proj, tmp_path_factory.mktemp("m"), bytes(data[: max(1, int(len(data) * cut))] if cut < 0.95 else data))


def test_zip_bomb_and_deep_xml_are_refused(proj: Project, tmp_path: Path) -> None:
    for members in ({"project.qde": b"\0" * (300 << 20)}, {"project.qde": b"<a>" * 200_000 + b"</a>" * 200_000}):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, body in members.items():
                zf.writestr(name, body)
        before = queries.project_info(proj)
        path = tmp_path / "bomb.qdpx"
        path.write_bytes(buf.getvalue())
        with pytest.raises(KondensError):
            import_qdpx(proj, path)
        assert queries.project_info(proj) == before


# ---- resource bounds (issue 19 item 11) ---------------------------------------------------------------

def _refused_quickly(proj: Project, tmp_path: Path, build: object, match: str) -> None:
    path = tmp_path / "big.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        build(zf)  # type: ignore[operator]
    before = queries.project_info(proj)
    with pytest.raises(KondensError, match=match) as e:
        import_qdpx(proj, path)
    assert "\n" not in str(e.value)
    assert queries.project_info(proj) == before


def test_qdpx_many_members_just_under_the_ratio_limit_are_refused(proj: Project, tmp_path: Path) -> None:
    chunk = b"a" * 999_000  # each member stays under the per-member ratio check (1 MB)

    def build(zf: zipfile.ZipFile) -> None:
        zf.writestr("project.qde", MINIMAL_QDE)
        for i in range(300):
            zf.writestr(f"sources/{i}.txt", chunk)

    _refused_quickly(proj, tmp_path, build, "unpacks to more than|suspiciously compressed")


def test_qdpx_source_larger_than_a_transcript_file_is_refused(proj: Project, tmp_path: Path) -> None:
    def build(zf: zipfile.ZipFile) -> None:
        zf.writestr("project.qde", MINIMAL_QDE)
        zf.writestr(zipfile.ZipInfo("sources/big.txt"), os.urandom(51 * 2**20), zipfile.ZIP_STORED)

    _refused_quickly(proj, tmp_path, build, "larger than 50 MB")


def test_qdpx_source_with_more_text_than_any_interview_is_refused(proj: Project, tmp_path: Path) -> None:
    qde = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="x">'
        b'<Sources><TextSource guid="11111111-1111-1111-1111-111111111111" name="s" '
        b'plainTextPath="internal://s.txt"/></Sources></Project>')
    line = "Dette er en helt vanlig setning om musikk og venner her.\n" * 1000
    body = line.encode() * 60  # ~3.5 million characters, ordinary lines, not compressible enough to be a bomb

    def build(zf: zipfile.ZipFile) -> None:
        zf.writestr("project.qde", qde)
        zf.writestr(zipfile.ZipInfo("sources/s.txt"), body, zipfile.ZIP_STORED)

    _refused_quickly(proj, tmp_path, build, "more text than any interview")


MINIMAL_QDE = (
    b'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="x"/>')
