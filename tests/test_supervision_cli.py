"""``kondens review …`` end to end, bad input (exit 2, one line), and the privacy of comment text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from coding.services.privacy_scan import scan_folder
from tests.coding_fixtures import dump
from tests.supervision_fixture import analysed

PLANTED = "Ingrid Solbakken"


@pytest.fixture
def student(tmp_path: Path) -> Path:
    a = analysed(tmp_path / "student.kondens")
    a.project.close()
    return tmp_path / "student.kondens"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def _json_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_two_rounds_from_the_shell(student: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "r1.kondensreview"
    rc, out, _ = _run(capsys, "review", "export", str(student), str(copy), "--note", "Se på område 2", "--json")
    assert rc == 0 and _json_lines(out)[0]["round"] == 1
    for args in (["--on", "theme:Fellesskap", "--text", "kanskje for bredt", "--suggest", "split:Humor:humor"],
                 ["--on", "code:humor", "--text", "hører hjemme i fellesskap", "--suggest", "merge-into:fellesskap"],
                 ["--on", "condensate:Ro og mestring", "--quote", "fant ro", "--text", "hvem sier det?"],
                 ["--on", "lines:B:2-3", "--text", "fin passasje"]):
        rc, out, err = _run(capsys, "review", "comment", str(copy), *args, "--author", "Veileder")
        assert rc == 0, err
    rc, out, _ = _run(capsys, "review", "list", str(copy), "--json")
    assert len(_json_lines(out)) == 4
    back = tmp_path / "c1.kondenscomments"
    assert _run(capsys, "review", "reply", str(copy), str(back))[0] == 0
    rc, out, err = _run(capsys, "review", "import", str(student), str(back), "--json")
    assert rc == 0, err
    assert _json_lines(out)[0] == {"comments": 4, "suggestions": 2, "orphans": 0, "proposed_identifiers": 0}
    rc, out, _ = _run(capsys, "review", "import", str(student), str(back), "--json")
    assert _json_lines(out)[0]["comments"] == 0
    rc, out, _ = _run(capsys, "review", "list", str(student), "--json")
    rows = _json_lines(out)
    assert {r["anchor"] for r in rows} == {"Fellesskap", "Fellesskap · humor", "Musikk som ressurs / Ro og mestring",
                                          "B, l. 2–3"}
    assert all(set(r) >= {"anchor", "text", "author", "status"} for r in rows)
    assert {r["status"] for r in rows} == {"open"}
    # round 2: the supervisor replies in a thread and resolves it
    copy2 = tmp_path / "r2.kondensreview"
    assert _run(capsys, "review", "export", str(student), str(copy2))[0] == 0
    thread = next(r for r in rows if r["anchor"] == "B, l. 2–3")["guid"]
    rc, _, err = _run(capsys, "review", "comment", str(copy2), "--reply-to", str(thread), "--text", "ok", "--resolve")
    assert rc == 0, err
    back2 = tmp_path / "c2.kondenscomments"
    assert _run(capsys, "review", "reply", str(copy2), str(back2))[0] == 0
    assert _run(capsys, "review", "import", str(student), str(back2))[0] == 0
    rc, out, _ = _run(capsys, "review", "list", str(student), "--json", "--status", "open")
    assert {r["anchor"] for r in _json_lines(out) if r["parent"] is None} == {
        "Fellesskap", "Fellesskap · humor", "Musikk som ressurs / Ro og mestring"}


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("bad")
    a = analysed(tmp / "student.kondens")
    a.project.close()
    student, copy = tmp / "student.kondens", tmp / "ok.kondensreview"
    assert main(["review", "export", str(student), str(copy)]) == 0
    (tmp / "junk.kondensreview").write_bytes(b"PK\x03\x04 definitely not a zip")
    return student, copy, tmp


@pytest.mark.parametrize("argv", [
    ["review", "export", "{student}", "{tmp}/out.zip"],
    ["review", "export", "{tmp}/nope.kondens", "{tmp}/out.kondensreview"],
    ["review", "comment", "{tmp}/junk.kondensreview", "--on", "code:x", "--text", "t"],
    ["review", "comment", "{copy}", "--on", "code:finnes-ikke", "--text", "t"],
    ["review", "comment", "{copy}", "--on", "lines:Q:1-2", "--text", "t"],
    ["review", "comment", "{copy}", "--on", "code:ro", "--text", "t", "--suggest", "explode:now"],
    ["review", "comment", "{copy}", "--on", "banana", "--text", "t"],
    ["review", "reply", "{tmp}/junk.kondensreview", "{tmp}/c.kondenscomments"],
    ["review", "import", "{student}", "{tmp}/junk.kondensreview"],
    ["review", "import", "{student}", "{copy}"],
    ["review", "list", "{tmp}/junk.kondensreview"],
    ["review", "list", "{tmp}"],
])
def test_bad_input_exit_2_one_line(sent: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str],
                                   argv: list[str]) -> None:
    student, copy, tmp_path = sent
    capsys.readouterr()
    copy_bytes = copy.read_bytes()
    from coding.store import Project

    with Project.open(student, readonly=True) as p:
        before = dump(p)
    argv = [a.format(student=student, tmp=tmp_path, copy=copy) for a in argv]
    rc, out, err = _run(capsys, *argv)
    assert rc == 2
    assert err.count("\n") == 1 and err.startswith("kondens: ") and "Traceback" not in err
    with Project.open(student, readonly=True) as p:
        assert dump(p) == before
    assert copy.read_bytes() == copy_bytes


def test_planted_name_in_comment_is_proposed_and_never_stored(student: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "r.kondensreview"
    assert main(["review", "export", str(student), str(copy)]) == 0
    text = f"Dette minner meg om det {PLANTED} skrev om musikkterapi i fjor."
    assert main(["review", "comment", str(copy), "--on", "code:ro", "--text", text, "--suggest",
                 f"rename:ro hos {PLANTED.split()[0]}"]) == 0
    back = tmp_path / "c.kondenscomments"
    assert main(["review", "reply", str(copy), str(back)]) == 0
    capsys.readouterr()
    # without --yes the proposals block the import, and nothing is stored
    rc, _, err = _run(capsys, "review", "import", str(student), str(back), "--json")
    assert rc == 2 and "identifier" in err
    assert scan_folder(student, PLANTED.split()) == []
    rc, out, err = _run(capsys, "review", "import", str(student), str(back), "--yes", "--json")
    assert rc == 0, err
    res = _json_lines(out)[0]
    assert res["proposed_identifiers"] >= 2 and res["comments"] == 1
    assert scan_folder(student, PLANTED.split()) == []
    rc, out, _ = _run(capsys, "review", "list", str(student), "--json")
    row = _json_lines(out)[0]
    assert "[navn 1]" in str(row["text"]) and PLANTED not in json.dumps(row, ensure_ascii=False)
    assert "[navn " in json.dumps(row["suggestion"], ensure_ascii=False)


def test_plan_shows_proposals_and_a_rejected_one_is_kept(tmp_path: Path) -> None:
    from coding.supervision.export import export_review_copy
    from coding.supervision.review_copy import ReviewCopy
    from coding.supervision.threads import commit_import, list_threads, plan_import
    from transcripts.deid.detector import detect

    a = analysed(tmp_path / "s.kondens")
    try:
        export_review_copy(a.project, tmp_path / "r.kondensreview")
        with ReviewCopy.open(tmp_path / "r.kondensreview") as rc:
            rc.comment(rc.anchor_for("code:ro"), f"Kondensatet er fint. Spør {PLANTED} om humor og fellesskap.", "V")
            rc.write_reply(tmp_path / "c.kondenscomments")
        plan = plan_import(a.project, tmp_path / "c.kondenscomments", lambda t: detect(t))
        assert [p.text for p in plan.proposals] == [PLANTED]  # code names and method words are not proposed
        assert PLANTED in plan.proposals[0].context
        commit_import(a.project, plan, accepted=[])
        assert PLANTED in list_threads(a.project)[0].text  # the student decided it is not an identifier
    finally:
        a.project.close()
