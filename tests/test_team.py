"""Team projects on a real PostgreSQL (tests/pg_fixture.py): schema, CLI, several clients, privacy."""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.cli.main import main
from coding import queries
from coding.changes import Changes
from coding.errors import KondensError
from coding.services import coding_ops as ops
from coding.services.codes import apply_code, create_code
from coding.store import Project
from coding.store.migrate import head_revisions
from coding.store.models import Base, Code
from coding.store.server import ConflictError, ServerProject
from tests.coding_fixtures import add_transcripts, make_transcript

_users = itertools.count(1)


def wait_for(cond: Callable[[], bool], timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


@pytest.fixture
def two(pg_project_url: str) -> Iterator[tuple[ServerProject, ServerProject]]:
    """Two clients of one team project, as two coders' computers would open it."""
    a, b = Project.open(pg_project_url), Project.open(pg_project_url)
    assert isinstance(a, ServerProject) and isinstance(b, ServerProject)
    a.coder, b.coder = "Coder A", "Coder B"
    yield a, b
    a.close()
    b.close()


# ---- schema ------------------------------------------------------------------------------------------
def test_migrations_build_the_models_schema_on_postgresql(pg_url: str) -> None:
    with Project.create(pg_url) as p:
        assert p.is_server and p.schema_revision() == "+".join(sorted(head_revisions()))
        with p.read() as s:
            insp = inspect(s.connection())
            tables = set(insp.get_table_names())
            assert set(Base.metadata.tables) | {"alembic_version", "change_log"} == tables
            for name, table in Base.metadata.tables.items():
                assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}, name
            # every foreign key may be deferred (an undo may bring a child back before its parent)
            assert not s.execute(text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable"
                                      )).scalar()
    with pytest.raises(KondensError, match="not empty"):
        Project.create(pg_url)


def test_urls_never_carry_a_password(pg_url: str) -> None:
    with pytest.raises(KondensError, match="pgpass"):
        Project.open(pg_url.replace("postgres@", "postgres:secret@"))
    with pytest.raises(KondensError, match="not a Kondens team project"):
        Project.open(pg_url)


def test_readonly_is_enforced_by_the_server(pg_project_url: str) -> None:
    with Project.open(pg_project_url, readonly=True) as ro:
        with pytest.raises(KondensError, match="read-only"):
            create_code(ro, "x")
        with ro.read() as s, pytest.raises(Exception, match="read-only transaction"):
            s.execute(text("INSERT INTO codes(name, color, description, position, created, guid) "
                           "VALUES ('x', '', '', 0, '', '')"))


# ---- the CLI -----------------------------------------------------------------------------------------
def test_cli_new_import_info_search_export(pg_url: str, corpus: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", pg_url]) == 0
    files = [str(corpus / "intervju_004_txt.txt"), str(corpus / "intervju_007_vtt.vtt")]
    assert main(["import", pg_url, *files, "--yes"]) == 0
    capsys.readouterr()
    assert main(["info", pg_url, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["transcripts"] == 2 and info["lines"] > 100 and info["schema"] == "+".join(sorted(head_revisions()))
    assert main(["search", pg_url, "og", "--json", "--limit", "5"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5
    for what, name in (("segments", "s.xlsx"), ("report", "r.html"), ("qdpx", "p.qdpx")):
        assert main(["export", what, pg_url, str(tmp_path / name)]) == 0, what
        assert (tmp_path / name).stat().st_size > 0


def test_publish_copies_a_local_project(tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    local = tmp_path / "p.kondens"
    with Project.create(local) as p:
        t1, t2 = add_transcripts(p, "AB")
        c = create_code(p, "mestring").value
        apply_code(p, t1, 0, 40, c)
        ops.set_memo(p, "code", c, "memo om mestring")
        before = queries.project_info(p).as_dict()
    assert main(["publish", str(local), pg_url]) == 0
    with Project.open(pg_url) as team:
        after = queries.project_info(team).as_dict()
        assert {k: v for k, v in after.items() if k != "schema"} == {k: v for k, v in before.items() if k != "schema"}
        # new rows get ids after the copied ones (the sequences were moved on)
        assert create_code(team, "ny").value > c
        from transcripts.search import index_for

        hits = index_for(team).search("mestring")
        assert hits.total >= 1
    assert main(["publish", str(local), pg_url]) == 2  # never over an existing project
    assert "not empty" in capsys.readouterr().err


# ---- several writers -----------------------------------------------------------------------------------
def test_other_clients_changes_arrive_as_changes(two: tuple[ServerProject, ServerProject]) -> None:
    a, b = two
    got: list[Changes] = []
    b.add_remote_hook(got.append)
    (t,) = add_transcripts(a, "A")
    c = create_code(a, "glede").value
    s = apply_code(a, t, 0, 30, c).value
    assert wait_for(lambda: any(s in ch.ids("segments") for ch in got))
    seg = next(ch for ch in got if s in ch.ids("segments"))
    assert seg.origin == "Coder A" and seg.seq > 0 and not seg.undo_sql
    assert [x.id for x in queries.segments(b)] == [s]
    own: list[Changes] = []
    a.add_remote_hook(own.append)
    create_code(a, "egen")
    time.sleep(0.3)
    assert not any("codes" in ch.touched for ch in own), "a client's own writes do not come back as remote"


def test_two_coders_adding_segments_at_once_both_survive(two: tuple[ServerProject, ServerProject]) -> None:
    a, b = two
    (t,) = add_transcripts(a, "A")
    c = create_code(a, "ro").value
    start = threading.Barrier(2)
    ids: dict[str, int] = {}

    def code(p: ServerProject, key: str) -> None:
        start.wait()
        ids[key] = apply_code(p, t, 0, 50, c, coder=p.coder).value

    threads = [threading.Thread(target=code, args=(p, k)) for p, k in ((a, "a"), (b, "b"))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    segs = queries.segments(a)
    assert {x.id for x in segs} == {ids["a"], ids["b"]} and {x.coder for x in segs} == {"Coder A", "Coder B"}


def test_rename_while_another_merges_gives_a_clear_message(two: tuple[ServerProject, ServerProject]) -> None:
    a, b = two
    src, dst = create_code(a, "kilde").value, create_code(a, "mål").value
    with pytest.raises(ConflictError, match="another coder changed the same item"):
        with a.transaction("Rename code") as tx:  # A has read the code …
            code = tx.session.get(Code, src)
            assert code is not None
            ops.merge_codes(b, src, dst)  # … B merges it away and commits …
            code.name = "nytt navn"  # … and A's rename comes second
    assert [x.name for x in queries.codes(a)] == ["mål"]
    with pytest.raises(KondensError, match="does not exist"):  # later: the code is simply gone
        ops.rename_code(a, src, "igjen")


def test_undo_only_your_own_work(two: tuple[ServerProject, ServerProject]) -> None:
    a, b = two
    (t,) = add_transcripts(a, "A")
    c1, c2 = create_code(a, "en").value, create_code(a, "to").value
    mine = apply_code(a, t, 0, 20, c1)
    other = apply_code(a, t, 30, 60, c1)
    ops.change_segment_code(b, mine.value, c2)  # B recodes A's segment
    with pytest.raises(ConflictError, match="Coder B has since changed the same items"):
        a.revert(mine)
    assert {x.id for x in queries.segments(a)} == {mine.value, other.value}
    b_code = create_code(b, "tre")  # B's own, unrelated rows do not block A's undo
    a.revert(other)
    assert {x.id for x in queries.segments(a)} == {mine.value}
    assert b.revert(b_code).touched  # and B may undo B's work
    assert [x.name for x in queries.codes(a)] == ["en", "to"]


def test_search_index_follows_other_clients_and_catches_up(two: tuple[ServerProject, ServerProject],
                                                            pg_project_url: str) -> None:
    from coding.services.transcripts import add_transcript
    from transcripts.search import index_for
    from transcripts.search.whoosh_index import WhooshIndex

    a, b = two
    index_for(b)
    (t,) = add_transcripts(a, "A")
    ops.set_memo(a, "transcript", t, "vindmølleparken")
    assert wait_for(lambda: index_for(b).search("vindmølleparken").total == 1)
    folder = b.path
    b.close()
    add_transcript(a, make_transcript("B", title="Intervju B"))  # while B is away
    ops.set_memo(a, "transcript", t, "havvindparken")

    def no_rebuild(self: WhooshIndex, progress: object = None) -> None:
        raise AssertionError("the index should catch up from the change log, not be rebuilt")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(WhooshIndex, "rebuild", no_rebuild)
        with Project.open(pg_project_url) as again:
            assert again.path == folder  # the same cache slot, keyed by the project id
            idx = index_for(again)
            assert idx.search("havvindparken").total == 1 and idx.search("vindmølleparken").total == 0
            assert {h.informant for h in idx.search("fint").hits} == {"A", "B"}


# ---- privacy -----------------------------------------------------------------------------------------
@pytest.mark.corpus
def test_pg_dump_of_an_imported_corpus_holds_no_planted_identifier(pg_server: object, pg_url: str,
                                                                    corpus: Path) -> None:
    from coding.services.privacy_scan import count_in_bytes, word_pattern

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    assert main(["new", pg_url]) == 0  # with a linking key: it goes to the user's data folder, not the server
    files = sorted(str(p) for p in corpus.iterdir() if p.name != "truth.json" and p.suffix != ".md")
    assert main(["import", pg_url, *files, "--yes"]) == 0
    from sqlalchemy import make_url

    dump = pg_server.pg_dump(make_url(pg_url).database)  # type: ignore[attr-defined]
    assert "COPY public.lines" in dump and dump.count("\n") > 1000, "the dump holds the imported transcripts"
    background: dict[str, int] = dict(truth["background_all"])
    also = [a["text"] for a in truth["also_identifiers"]]
    planted = {i["text"] for f in truth["files"].values() for i in f["identifiers"]}
    real_labels = {f[k] for f in truth["files"].values() for k in ("informant", "interviewer")}
    names = sorted(planted | set(also) | set(background) | real_labels)
    patterns = {n: word_pattern(n) for n in names}
    source = b"".join((corpus / f).read_bytes() for f in truth["files"] if f.endswith(".txt"))
    assert count_in_bytes(source, patterns), "the scanner finds the planted identifiers in the sources"
    found = count_in_bytes(dump.encode("utf-8"), patterns)
    allowed = {n: 0 if n in also or n in real_labels else background.get(n, 0) for n in names}
    leaks = {n: (c, allowed[n]) for n, c in found.items() if c > allowed[n]}
    assert not leaks, f"identifiers on the server above their background (count, allowed): {leaks}"


def test_the_window_context_broadcasts_other_clients_changes(qtbot: object,
                                                             two: tuple[ServerProject, ServerProject]) -> None:
    from app.context import ProjectContext

    a, b = two
    ctx = ProjectContext(b, coder="Coder B")
    assert b.coder == "Coder B"
    (t,) = add_transcripts(a, "A")
    c = create_code(a, "tillit").value
    with qtbot.waitSignal(ctx.project_changed, timeout=5000,  # type: ignore[attr-defined]
                          check_params_cb=lambda ch: "segments" in ch.touched) as blocker:
        sid = apply_code(a, t, 0, 25, c).value
    assert blocker.args[0].ids("segments") == {sid} and blocker.args[0].origin == "Coder A"
    assert ctx.undo_stack.count() == 0  # another coder's work is never on this client's undo stack
    ctx.close()


def test_withdrawal_on_a_server_leaves_no_trace_in_the_dump(pg_server: object, pg_project_url: str) -> None:
    from sqlalchemy import make_url

    from coding.services.withdraw import withdraw_informant
    from tests.privacy_helpers import make_transcript as transcript_of

    with Project.open(pg_project_url) as p:
        ta = transcript_of(p, "Intervju A", [("I", ["Hva gjør du?"]), ("A", ["Jeg spiller fiolin i Lyngstadkoret."])])
        transcript_of(p, "Intervju B", [("I", ["Og du?"]), ("B", ["Jeg synger."])], informant="B")
        code = create_code(p, "kor").value
        ops.rename_code(p, code, "Lyngstadkoret")  # an in-vivo code, named in the change log's labels
        apply_code(p, ta, 14, 49, code)
        with p.read() as s:
            assert "Lyngstadkoret" in " ".join(s.scalars(text("SELECT label FROM change_log")))
        withdraw_informant(p, "A")
        assert [t.title for t in queries.transcript_summaries(p)] == ["Intervju B"]
    dump = pg_server.pg_dump(make_url(pg_project_url).database)  # type: ignore[attr-defined]
    assert "Jeg synger." in dump and "Lyngstadkoret" not in dump and "fiolin" not in dump


def test_roles_are_enforced_by_the_database(pg_server: object, pg_project_url: str) -> None:

    import psycopg

    from coding.services.transcript_delete import delete_transcript_scrubbed
    from coding.store.models import ReviewComment
    from coding.supervision.threads import reply

    sock = pg_server.socket_dir  # type: ignore[attr-defined]
    n = next(_users)
    coder_user, reviewer_user = f"coder{n}_{os.getpid()}", f"reviewer{n}_{os.getpid()}"
    with psycopg.connect(host=str(sock), user="postgres", dbname="postgres", autocommit=True) as c:
        for u in (coder_user, reviewer_user):
            c.execute(f"CREATE ROLE {u} LOGIN")  # the administrator's part: a login per person
    assert main(["role", pg_project_url, coder_user, "coder"]) == 0
    assert main(["role", pg_project_url, reviewer_user, "reviewer"]) == 0
    with Project.open(pg_project_url) as owner:
        assert owner.role == "owner"  # type: ignore[attr-defined]
        t1, t2 = add_transcripts(owner, "AB")
        code = create_code(owner, "omsorg").value
        with owner.transaction("Comment") as tx:
            root = ReviewComment(text="Hvorfor denne koden?", author="veileder", role="supervisor")
            tx.session.add(root)
            tx.session.flush()
            guid = root.guid

    as_coder = pg_project_url.replace("postgres@", f"{coder_user}@")
    with Project.open(as_coder) as coder:
        assert coder.role == "coder"  # type: ignore[attr-defined]
        sid = apply_code(coder, t1, 0, 30, code).value
        assert [x.id for x in queries.segments(coder)] == [sid]
        assert coder.revert(create_code(coder, "egen")).touched  # codes and their undo
        # A coder's own steps that the project keeps as settings: the coding pass, reading marks, the
        # never-list the import review adds to, the method the Steps panel follows.
        from coding.services.method_guide import mark_read, set_method
        from coding.services.never_list import add_to_never_list, never_list

        assert ops.set_coding_pass(coder, 2).touched
        assert mark_read(coder, t1).touched
        add_to_never_list(coder, ["Erfaringskonsulenten"])
        assert never_list(coder) == ["Erfaringskonsulenten"]
        assert set_method(coder, "stc").touched
        with pytest.raises(KondensError, match=r"your role on this team project \(coder\) does not allow"):
            delete_transcript_scrubbed(coder, t2)
    as_reviewer = pg_project_url.replace("postgres@", f"{reviewer_user}@")
    with Project.open(as_reviewer) as reviewer:
        assert reviewer.role == "reviewer"  # type: ignore[attr-defined]
        with pytest.raises(KondensError, match=r"\(reviewer\) does not allow"):
            create_code(reviewer, "nei")
        with pytest.raises(KondensError, match="does not allow"):
            ops.rename_code(reviewer, code, "annet navn")
        assert reply(reviewer, guid, "Fordi den favner omsorg.", author="student").touched
        assert [x.name for x in queries.codes(reviewer)] == ["omsorg"]
    assert main(["role", as_coder, reviewer_user, "owner"]) == 2  # only the owner hands out roles



def test_unreachable_server_opens_the_offline_copy_read_only(qtbot: object, pg_server: object, pg_project_url: str,
                                                             tmp_path: Path) -> None:
    from sqlalchemy import make_url

    from coding.store import mirror

    real = Path(pg_server.socket_dir)  # type: ignore[attr-defined]
    via = tmp_path / "sock"  # the server as this client reaches it: a socket we can take away
    via.mkdir()
    (via / ".s.PGSQL.5432").symlink_to(real / ".s.PGSQL.5432")
    url = make_url(pg_project_url).update_query_dict({"host": str(via)}).render_as_string(hide_password=False)
    other = Project.open(pg_project_url)
    with Project.open(url) as me:
        (t,) = add_transcripts(me, "A")
        c = create_code(me, "håp").value
        sid = apply_code(me, t, 0, 40, c).value
        ops.set_memo(other, "code", c, "notat fra en annen koder")  # arrives through the feed
        assert wait_for(lambda: mirror.state_of(me.path / mirror.FOLDER).get("seq") == other.log_position())
    other.close()
    (via / ".s.PGSQL.5432").unlink()  # the server is gone

    with Project.open(url) as offline:
        assert not offline.is_server and offline.readonly and offline.offline_of.startswith("postgresql://")
        assert [x.id for x in queries.segments(offline)] == [sid]
        assert [m.text for m in queries.memos(offline)] == ["notat fra en annen koder"]
        with pytest.raises(KondensError, match="read-only"):
            create_code(offline, "nei")
    with pytest.raises(KondensError, match="cannot reach the server"):
        Project.open(url.replace("postgres@", "ukjent@").replace(str(via), str(tmp_path / "nowhere")))

    from app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    assert w.open_path(url)  # the window opens the copy too, with the banner
    assert w.ctx is not None and w.ctx.readonly
    assert w.offline_banner.isVisibleTo(w) and "cannot be reached" in w.offline_banner.text()
    assert w.offline_banner.text().count("postgresql://") == 1
    w.close_project()
    assert not w.offline_banner.isVisibleTo(w)


def test_ctrl_z_in_the_window_refuses_anothers_rows_and_keeps_the_stack(qtbot: object,
                                                                         two: tuple[ServerProject, ServerProject]) -> None:
    from app.context import ProjectContext

    a, b = two
    ctx = ProjectContext(a, coder="Coder A")
    failures: list[str] = []
    ctx.failed.connect(lambda label, e: failures.append(str(e)))
    (t,) = add_transcripts(a, "A")
    c1, c2 = create_code(a, "en").value, create_code(a, "to").value
    sid = ctx.run_sync("Code", apply_code, t, 0, 20, c1).value
    mine = ctx.run_sync("Code", apply_code, t, 30, 50, c1).value
    ops.change_segment_code(b, sid, c2)  # B recodes the first of A's segments
    ctx.undo_stack.undo()  # A's second coding: nobody touched it
    assert [x.id for x in queries.segments(a)] == [sid]
    ctx.undo_stack.undo()  # A's first coding: B has changed it since
    qtbot.waitUntil(lambda: ctx.undo_stack.index() == 1, timeout=3000)  # type: ignore[attr-defined]
    assert len(failures) == 1 and "Coder B has since changed the same items" in failures[0]
    assert [(x.id, x.code_id) for x in queries.segments(a)] == [(sid, c2)]
    ctx.undo_stack.redo()  # the stack still works: redo A's second coding
    assert {x.id for x in queries.segments(a)} == {sid, mine}
    ctx.close()


def test_a_coder_sees_every_coders_segments_filterable_by_coder(qtbot: object,
                                                                two: tuple[ServerProject, ServerProject]) -> None:
    from app.context import ProjectContext
    from app.reader.view import CodingView

    a, b = two
    (t,) = add_transcripts(a, "A")
    c = create_code(a, "mot").value
    sa = apply_code(a, t, 0, 20, c, coder="Coder A").value
    ctx = ProjectContext(b, coder="Coder B")
    view = CodingView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_context(ctx)
    view.open_transcript(t)
    assert set(view.editor.table.segments) == {sa} and view.coder_box.isHidden()  # one coder: no filter
    sb = apply_code(a, t, 30, 60, c, coder="Coder C").value  # a third coder, on another computer
    qtbot.waitUntil(lambda: set(view.editor.table.segments) == {sa, sb}, timeout=5000)  # type: ignore[attr-defined]
    assert not view.coder_box.isHidden() and view.coder_box.count() == 3  # all, Coder A, Coder C
    view.show_coder("Coder C")
    assert set(view.editor.table.segments) == {sb}
    with qtbot.waitSignal(ctx.project_changed, timeout=5000,  # type: ignore[attr-defined]
                          check_params_cb=lambda ch: bool(ch.ids("segments") - {sa, sb})):
        sa2 = apply_code(a, t, 70, 90, c, coder="Coder A").value
    assert set(view.editor.table.segments) == {sb}  # arrives, but filtered out
    view.show_coder("")
    assert set(view.editor.table.segments) == {sa, sb, sa2}
    view.set_context(None)
    ctx.close()


def test_a_team_project_can_be_sent_for_review(pg_project_url: str, tmp_path: Path) -> None:
    """Send for review from a team project: the supervisor's copy holds the server's rows, de-identified
    as stored, and opens like any review copy (the round is recorded on the server)."""
    from coding.store.models import ReviewRound
    from coding.supervision.export import export_review_copy
    from coding.supervision.review_copy import ReviewCopy

    p = Project.open(pg_project_url)
    try:
        (t,) = add_transcripts(p, "A")
        c = create_code(p, "glede").value
        apply_code(p, t, 0, 30, c)
        out = tmp_path / "team.kondensreview"
        export_review_copy(p, out, note="første runde", student="Kari")
        with p.read() as s:
            assert s.query(ReviewRound).count() == 1
        with ReviewCopy.open(out) as rc:
            assert rc.manifest.note == "første runde"
            assert [x.name for x in queries.codes(rc.project)] == ["glede"]
            assert len(queries.segments(rc.project)) == 1
            assert len(queries.transcript_summaries(rc.project)) == 1
    finally:
        p.close()


def test_a_coders_local_copy_merges_into_a_team_project(pg_project_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`kondens merge URL COPY.kondens`: a coder who worked offline in a local copy brings it in."""
    from coding.services.transcripts import add_transcript

    local = Project.create(tmp_path / "ola.kondens")
    try:
        add_transcript(local, make_transcript("A"))
        tid = queries.transcript_summaries(local)[0].id
        line = queries.transcript(local, tid).lines[1]
        apply_code(local, tid, line.start, line.end, create_code(local, "glede").value, coder="Ola")
    finally:
        local.close()
    p = Project.open(pg_project_url)
    try:
        add_transcript(p, make_transcript("A"))
        assert main(["merge", pg_project_url, str(tmp_path / "ola.kondens")]) == 0
        assert [(s.coder, s.end - s.start) for s in queries.segments(p)] == [("Ola", line.end - line.start)]
        assert [c.name for c in queries.codes(p)] == ["glede"]
    finally:
        p.close()


def test_the_first_memo_written_by_two_coders_at_once_is_kept_once(two: tuple[ServerProject, ServerProject]) -> None:
    """B's write has taken its snapshot (no memo yet) when A's memo commits: B is refused with a message
    and A's memo stays the item's only memo (it was two memos, the second hidden, before)."""
    from coding.services.memos import set_memo
    from coding.store.models import Memo

    a, b = two
    c = create_code(a, "glede").value
    entered, go = threading.Event(), threading.Event()
    claim = b.claim_first

    def late(*args: object, **kw: object) -> None:
        entered.set()  # B's transaction is open and has read: its snapshot shows no memo
        go.wait(10)
        claim(*args, **kw)  # type: ignore[arg-type]

    b.claim_first = late  # type: ignore[method-assign]
    refused: list[BaseException] = []

    def write_b() -> None:
        try:
            set_memo(b, "code", c, "Bs notat")
        except KondensError as e:
            refused.append(e)

    th = threading.Thread(target=write_b)
    th.start()
    assert entered.wait(10)
    set_memo(a, "code", c, "As notat")
    go.set()
    th.join(20)
    with a.read() as s:
        texts = [m.text for m in s.query(Memo).filter(Memo.target_type == "code", Memo.target_id == c)]
    assert texts == ["As notat"]
    assert refused and isinstance(refused[0], ConflictError) and "another coder has just written it" in str(refused[0])
