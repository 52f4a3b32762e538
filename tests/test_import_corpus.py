"""Every file of the shared corpus: turns, roles, words and no real speaker label stored anywhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coding.store import Project
from coding.store.models import Transcript, Turn
from transcripts.importing import import_files

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    truth = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))["files"]
    folder = tmp_path_factory.mktemp("corpus") / "c.kondens"
    project = Project.create(folder)
    files = sorted(CORPUS / name for name in truth)
    results = {Path(r.file).name: r for r in import_files(project, files)}
    with project.read() as s:
        roles = {t.id: [] for t in s.query(Transcript)}
        for tu in s.query(Turn).order_by(Turn.transcript_id, Turn.index):
            roles[tu.transcript_id].append(tu.role)
    project.close()
    return folder, truth, {"results": results, "roles": roles}


def test_every_file_imports(imported) -> None:
    _, truth, got = imported
    assert set(got["results"]) == set(truth)
    for name, r in got["results"].items():
        assert r.ok and not r.skipped, (name, r.error)


@pytest.mark.parametrize("field", ["turns", "roles", "words"])
def test_against_truth(imported, field: str) -> None:
    _, truth, got = imported
    for name, t in truth.items():
        r = got["results"][name]
        if field == "turns":
            assert r.turns == t["turns"], name
        elif field == "roles":
            assert r.turn_roles == t["speaker_roles"], name
            assert got["roles"][r.transcript_id] == t["speaker_roles"], name  # what the database holds
        else:
            assert abs(r.words - t["words"]) <= 0.02 * t["words"], (name, r.words, t["words"])


def _count(word: str, text: str) -> int:
    return len(re.findall(r"(?<![\w@.])" + re.escape(word) + r"(?![\w@])", text))


def test_no_real_speaker_label_stored(imported) -> None:
    """Full names of informants and interviewers (used as labels in several files) appear nowhere."""
    folder, truth, _ = imported
    blob = ""
    for f in folder.rglob("*"):
        if f.is_file():
            blob += f.read_bytes().decode("utf-8", errors="ignore")
    for name, t in truth.items():
        for person in (t["informant"], t["interviewer"]):
            assert _count(person, blob) == 0, (name, "full speaker name stored")


def test_first_name_labels_not_stored(imported) -> None:
    """Files labelled by first name (docx, cp1252, odt, rtf): the name is a known identifier everywhere."""
    folder, truth, got = imported
    with Project.open(folder, readonly=True) as project, project.read() as s:
        texts = {t.id: t.text + "\n" + t.title for t in s.query(Transcript)}
    for name in ("intervju_001_docx.docx", "intervju_005_txt-cp1252.txt", "intervju_009_odt.odt",
                 "intervju_010_rtf.rtf", "intervju_002_docx-table.docx", "intervju_007_vtt.vtt"):
        first = truth[name]["informant"].split()[0]
        text = texts[got["results"][name].transcript_id]
        assert _count(first, text) == 0, name
        assert "[navn 1]" in text


def test_lines_are_numbered_sentences(imported) -> None:
    folder, _, got = imported
    from coding.store.models import Line

    with Project.open(folder, readonly=True) as project, project.read() as s:
        for r in got["results"].values():
            t = s.get(Transcript, r.transcript_id)
            lines = s.query(Line).filter(Line.transcript_id == t.id).order_by(Line.number).all()
            assert [ln.number for ln in lines] == list(range(1, len(lines) + 1))
            assert len(lines) == r.lines > r.turns
            turns = s.query(Turn).filter(Turn.transcript_id == t.id).order_by(Turn.index).all()
            spans = {tu.id: (tu.start, tu.end) for tu in turns}
            for ln in lines:
                a, b = spans[ln.turn_id]
                assert a <= ln.start < ln.end <= b
                assert t.text[ln.start:ln.end] == t.text[ln.start:ln.end].strip()
            assert "\n\n".join(t.text[tu.start:tu.end] for tu in turns) == t.text


def test_source_formats_and_titles(imported) -> None:
    folder, _, got = imported
    with Project.open(folder, readonly=True) as project, project.read() as s:
        by = {n: s.get(Transcript, r.transcript_id) for n, r in got["results"].items()}
        _check_formats(by)


def _check_formats(by: dict) -> None:
    assert by["intervju_002_docx-table.docx"].source_format == "docx-table"
    assert by["intervju_003_docx-teams.docx"].source_format == "docx-teams"
    # Titles name the informant's pseudonym, never the (de-identified) heading of the file.
    for t in by.values():
        assert re.fullmatch(r"Intervju [A-Z]+( \(\d+\))?", t.title), t.title
        assert "[" not in t.title
    # header "Intervju med <name> – transkribert av …" and the footer are never read
    assert all("Konfidensielt" not in t.text and "transkribert" not in t.text for t in by.values())
