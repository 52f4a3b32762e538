"""Exports: a 2,000-quote set, and a REFI-QDA export/import of the 100-interview benchmark project."""

from __future__ import annotations

import shutil
import time

from sqlalchemy import select

from coding.store import Project
from coding.store.models import Code, Line, Quote, Segment, ThemeNode
from tests.benchmarks.common import BenchEnv, Result


def _analysed_copy(env: BenchEnv) -> Project:
    """The benchmark project copied, with 5 theme areas, 30 codes, a segment on every 8th line, 2,000 quotes."""
    base = env.benchmark_project()
    work = env.root / "exports-work.kondens"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(base, work)
    project = Project.open(work)
    with project.transaction("bench setup") as tx:
        s = tx.session
        areas = [ThemeNode(kind="area", name=f"Temaområde {i + 1}", summary=f"Kondensat for tema {i + 1}.",
                           position=i) for i in range(5)]
        s.add_all(areas)
        s.flush()
        codes = [Code(name=f"kode {i + 1}", theme_id=areas[i % 5].id, position=i) for i in range(30)]
        s.add_all(codes)
        s.flush()
        lines = s.execute(select(Line.transcript_id, Line.start, Line.end).order_by(Line.id)).all()
        s.execute(Segment.__table__.insert(), [
            {"transcript_id": t, "code_id": codes[i % 30].id, "start": a, "end": b, "coder": "MS", "coding_pass": 1,
             "created": "2025-01-15T10:00:00+00:00", "guid": f"{i:08X}-0000-4000-8000-000000000000"}
            for i, (t, a, b) in enumerate(lines[::8]) if b > a])
        seg_ids = list(s.scalars(select(Segment.id).limit(2000)))
        s.execute(Quote.__table__.insert(), [{"segment_id": sid, "golden": 0, "cuts": "[]", "status": "not_sent",
                                              "note": "", "created": "2025-01-15T10:00:00+00:00"} for sid in seg_ids])
    return project


def run(env: BenchEnv) -> list[Result]:
    from exports.quotes_docx import write_quote_set
    from exports.refi.importer import import_qdpx
    from exports.refi.writer import export_qdpx

    project = _analysed_copy(env)
    out = env.root / "exports-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    try:
        t0 = time.perf_counter()
        n = write_quote_set(project, out / "quotes.docx")
        quotes_s = time.perf_counter() - t0
        assert n == 2000, n
        t0 = time.perf_counter()
        rep = export_qdpx(project, out / "project.qdpx")
        export_s = time.perf_counter() - t0
    finally:
        project.close()
    target = Project.create(out / "imported.kondens")
    try:
        t0 = time.perf_counter()
        imp = import_qdpx(target, out / "project.qdpx")
        import_s = time.perf_counter() - t0
    finally:
        target.close()
    assert imp.sources == rep.sources and imp.segments == rep.codings, (imp, rep)
    return [
        Result("export_quotes_s", round(quotes_s, 2), 5.0, unit="s"),
        Result("export_qdpx_s", round(export_s, 2), None, unit="s"),
        Result("import_qdpx_s", round(import_s, 2), None, unit="s"),
        Result("export_qdpx_segments", float(rep.codings), None, better="higher"),
    ]


if __name__ == "__main__":
    for r in run(BenchEnv()):
        print(r)
