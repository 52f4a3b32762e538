"""Theme benchmarks: ``theme_reader_ms`` (read + render a theme area with 2,000 segments across
20 transcripts until the view is shown, laid out and painted with its first screen current; the
reader appends the other quotes on idle, timed as ``theme_reader_all_ms``) and ``matrix_ms`` (compute and show 30 theme areas × 20 informants over 20,000
segments). Fixtures are built with bulk inserts through the services' session helpers."""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from coding.services.codes import apply_code
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript_in
from coding.store import Project
from coding.store.models import Code, Segment, ThemeNode
from tests.benchmarks.common import BenchEnv, Result, median, timed_ms

WORDS = "jeg har lært meg å ha god tid og ikke tenke at man skal oppnå noe konkret musikk spille sammen".split()


def _transcript(rng: random.Random, label: str, n_turns: int = 120) -> NewTranscript:
    text, turns, lines = "", [], []
    for ti in range(n_turns):
        if ti:
            text += "\n\n"
        start = len(text)
        for li in range(1 if ti % 2 == 0 else rng.randint(3, 8)):
            if li:
                text += " "
            sent = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 16))).capitalize() + "."
            lines.append(NewLine(ti, len(text), len(text) + len(sent)))
            text += sent
        turns.append(NewTurn("I" if ti % 2 == 0 else label, "interviewer" if ti % 2 == 0 else "informant",
                             start, len(text)))
    return NewTranscript(f"Intervju {label}", text, tuple(turns), tuple(lines), informant_label=label,
                         word_count=len(text.split()))


def build(path: Path, areas: int, codes_per_area: int, segments: int, informants: int = 20,
          seed: int = 3) -> tuple[Project, list[int]]:
    rng = random.Random(seed)
    p = Project.create(path)
    labels = [chr(65 + i) if i < 8 else chr(66 + i) for i in range(informants)]  # skip "I"
    spans: dict[int, list[tuple[int, int]]] = {}
    with p.transaction("bench transcripts") as tx:
        for lb in labels:
            nt = _transcript(rng, lb)
            tid = add_transcript_in(tx.session, nt)
            spans[tid] = [(ln.start, ln.end) for ln in nt.lines]
    with p.transaction("bench themes") as tx:
        s = tx.session
        area_ids = []
        code_ids = []
        for a in range(areas):
            node = ThemeNode(kind="area", name=f"Tema {a + 1}", position=a)
            s.add(node)
            s.flush()
            area_ids.append(node.id)
            for c in range(codes_per_area):
                code = Code(name=f"kode {a + 1}.{c + 1}", theme_id=node.id, position=c)
                s.add(code)
                s.flush()
                code_ids.append(code.id)
    tids = list(spans)
    rows = []
    for k in range(segments):
        tid = tids[k % len(tids)]
        ls = spans[tid]
        i = rng.randrange(len(ls))
        j = min(len(ls) - 1, i + rng.randint(0, 3))
        rows.append({"transcript_id": tid, "code_id": code_ids[k % len(code_ids)], "start": ls[i][0],
                     "end": ls[j][1], "guid": f"B{k}"})
    with p.transaction("bench segments") as tx:
        tx.session.execute(insert(Segment), rows)
    return p, area_ids


def run(env: BenchEnv) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.context import ProjectContext

    WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    from app.themes.matrix_view import MatrixView
    from app.themes.reader import ThemeReaderView
    from coding.recontext import theme_reader

    app = QApplication.instance() or QApplication([])
    out: list[Result] = []
    with tempfile.TemporaryDirectory(dir=env.root) as tmp:
        # A single theme area holding 2,000 segments across 20 transcripts.
        p, areas = build(Path(tmp) / "reader.kondens", areas=1, codes_per_area=5, segments=2000)
        ctx = ProjectContext(p)
        view = ThemeReaderView()
        view.set_context(ctx)
        # Surrounding lines start collapsed (the reader's default); expanding is measured separately.
        view.resize(900, 700)
        view.show()
        first: list[float] = []
        whole: list[float] = []
        slices: list[float] = []

        def open_reader() -> None:
            # Timed from the request: the read runs on the project's executor, so wait until its result is
            # rendered (timing only show_theme would time a queued job).
            view.show_theme(None)  # from no theme: re-choosing the one shown changes nothing
            layout = view.browser.document().documentLayout()
            before = view.lazy.computed
            t0 = time.perf_counter()
            view.show_theme(areas[0])
            while view.lazy.computed == before:
                app.processEvents(WAIT)  # as the event loop waits: a busy loop would hold the GIL from the worker
            # The first screens of quotes are written; lay out all that is written and paint the visible part.
            layout.documentSize()
            view.browser.viewport().repaint()
            first.append((time.perf_counter() - t0) * 1000)
            written = layout.blockBoundingRect(view.browser.document().lastBlock().previous()).bottom()
            assert view.pending == 0 or written >= view.browser.viewport().height(), written  # the screen is full
            # The rest is appended on idle in short slices: wait until every quote is in and laid out.
            while view.pending:
                app.processEvents(WAIT)
            layout.documentSize()
            whole.append((time.perf_counter() - t0) * 1000)
            slices.extend(view.slices_ms)
            text = view.browser.toPlainText()
            assert text.count(", l. ") == view.reader.segment_count and layout.documentSize().height() > 20000  # all in, laid out

        assert theme_reader(p, areas[0]).segment_count == 2000
        open_reader()  # warm-up (imports, fonts)
        for xs in (first, whole, slices):
            xs.clear()
        for _ in range(5):
            open_reader()
        out.append(Result("theme_reader_ms", median(first), 150,
                          unit="ms (2,000 segments: from the request, read on the executor, until the view is shown, "
                               "laid out and painted with the first screen current; the rest follows on idle)"))
        out.append(Result("theme_reader_all_ms", median(whole), None,
                          unit="ms (the same, until every quote is appended on idle and laid out)"))
        out.append(Result("theme_reader_slice_ms_max", max(slices), None,
                          unit=f"ms (longest of {len(slices) // 5} idle slices appending quotes, per opening)"))
        # A coding in the area shown, the reader half-way down: read again on the executor and rewritten in
        # place (only the quotes and counts that changed), timed from the settled signal to the repaint.
        bar = view.browser.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        assert view.reader is not None
        refresh: list[float] = []
        for k in range(5):
            it = view.reader.groups[k].items[3]
            other = next(c for c in sorted(view.reader.code_ids) if c != it.code_id)
            ctx.run("bench coding", apply_code, it.transcript_id, it.start, it.end, other)
            ctx.wait_idle(10)
            before, patched = view.lazy.computed, view.patched
            t0 = time.perf_counter()
            ctx.settle_now()
            while view.lazy.computed == before:
                app.processEvents(WAIT)
            view.browser.viewport().repaint()
            refresh.append((time.perf_counter() - t0) * 1000)
            assert view.patched == patched + 1 and view.reader.segment_count == 2001 + k
        out.append(Result("theme_reader_refresh_ms", median(refresh), None,
                          unit="ms (a coding in the area shown: read again on the executor, changed quotes "
                               "rewritten in place, painted)"))
        before = view.lazy.computed
        view.context.setChecked(True)  # reads again with the lines
        while view.lazy.computed == before or view.pending:
            app.processEvents(WAIT)
        for xs in (first, whole, slices):
            xs.clear()
        for _ in range(3):
            open_reader()
        out.append(Result("theme_reader_context_ms", median(first), None,
                          unit="ms (as theme_reader_ms, with 3 surrounding lines before and after each quote)"))
        out.append(Result("theme_reader_context_all_ms", median(whole), None,
                          unit="ms (the same, until every quote and its lines are appended on idle)"))
        ctx.close()

        p, areas = build(Path(tmp) / "matrix.kondens", areas=30, codes_per_area=3, segments=20000)
        ctx = ProjectContext(p)
        mv = MatrixView()
        mv.resize(1200, 800)
        mv.show()
        mv.set_context(ctx)

        def show_matrix() -> None:
            before = mv.lazy.computed  # computed on the executor: wait until the result is shown
            mv.refresh()
            while mv.lazy.computed == before:
                app.processEvents(WAIT)
            mv.table.viewport().repaint()

        show_matrix()
        assert mv.model.rowCount() == 30 and mv.model.columnCount() == 22
        out.append(Result("matrix_ms", median(timed_ms(show_matrix, repeat=5)), 300,
                          unit="ms (30 areas × 20 informants, 20,000 segments: computed on the executor, shown)"))
        mv.close()
        ctx.close()
    return out
