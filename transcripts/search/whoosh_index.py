"""The whoosh backend: two indexes in ``PROJECT/index/`` ("lines" and "notes") plus a manifest.

The "lines" index holds one document per turn (whoosh pays per document: a turn holds about seven lines).
Its text is the turn's lines joined by ``LINE_SEP``; the analyzer numbers positions per line
(``line << LINE_SHIFT``), and each line's code and theme names are indexed the same way (``lcode``,
``ltheme``). A search finds candidate turns through whoosh, then decides per line from those positions
(:class:`transcripts.search.line_eval.LineEval`), so results, counts, phrases, NOT and the code filters still mean *lines*.

Kept in step by :meth:`WhooshIndex.update`, called from the project's commit hook with the ``Changes``
of every committed transaction (imports, redactions, withdrawals, deletions, codings, undo).
Privacy: whoosh leaves deleted documents in old segments until they are merged, so every commit that
removes or changes text (transcripts, lines, memos, codes, themes, informants) rewrites each segment
holding a deletion (:func:`_purge_merge`; the per-line search is in :mod:`transcripts.search.line_eval`); the removed text then exists in no file. Pure coding
changes (segments) keep old line versions, whose text the database still has, until the next merge:
rewriting a segment costs about a second in whoosh, too slow for every click. Segments are kept to
about one transcript each so that a purge stays cheap.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import threading
import time
import weakref
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, KEYWORD, STORED, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.scoring import TF_IDF
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet

from coding.changes import Changes
from coding.store import Project
from transcripts.search import documents as D
from transcripts.search import line_eval as L
from transcripts.search.analysis import LINE_SEP
from transcripts.search.fields import LineText, NamesByLine, Tokens, turn_text
from transcripts.search.query import make_parser, parse
from transcripts.search.types import Hit, Progress, SearchResults
from transcripts.search.writer import Writer as _Writer

log = logging.getLogger(__name__)

FORMAT = 5  # bump when the schema or analysis changes: older indexes are rebuilt on open
FOLDER = "index"
LAZY_TABLES = frozenset({"segments"})
MANIFEST = "manifest.json"
# A full rebuild starts a new segment after this many turn documents (a few transcripts): every commit
# reopens each segment's reader (~2 ms each), and a purge rewrites the segments holding a deletion.
SEGMENT_DOCS = 600
SMALL_SEGMENT = 45  # segments below this size are merged into the next commit that purges ...
TINY_FOLD = 8  # ... and into a coding-only commit once this many have piled up
LAZY_DELAY_S = 1.0  # coding-only index updates are applied in the background after this pause


def make_schema() -> Schema:
    """Only ``text`` (and code/theme names) are analysed. Every other filter and id is one token in ``meta``
    (``inf_a``, ``role_informant``, ``tid_12``, ``seg_40``…): whoosh pays per field and document, so one
    keyword field instead of ten makes indexing about twice as fast. ``text``, ``meta``, ``lcode`` and
    ``ltheme`` compute their postings in one loop instead of whoosh's token chain (:mod:`.fields`)."""
    return Schema(
        text=LineText(stored=True),
        meta=Tokens(),
        code=KEYWORD(commas=True, lowercase=True),
        theme=KEYWORD(commas=True, lowercase=True),
        lcode=NamesByLine(),  # the same names, positioned by line
        ltheme=NamesByLine(),
        info=STORED,  # dict with key, title, transcript id, informant, speaker, role, lines, codes per line
        pos=COLUMN(NumericColumn("q")),  # transcript id << 24 | line number: document order
        iid=COLUMN(NumericColumn("i")),  # informant id (0: none): per-informant counts read it per match
        nl=COLUMN(NumericColumn("i")),  # number of lines in the turn
    )


def _token(value: object) -> str:
    return "_".join(str(value).lower().split()) or "-"


def _purge_merge(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy: rewrite every segment holding deleted documents (so their text is gone from disk)
    and fold in small segments; leave the rest alone."""
    keep = []
    for seg in segments:
        if seg.has_deletions() or seg.doc_count_all() < SMALL_SEGMENT:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        else:
            keep.append(seg)
    return keep


def _merge_tiny(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy for coding-only commits: once TINY_FOLD small segments have piled up, fold them into
    this one; leave every other segment alone. (whoosh's MERGE_SMALL would merge a dozen transcript-sized
    segments on every click here: seconds each.) Folding at every commit would rewrite up to
    SMALL_SEGMENT turns after each coding; a few small segments cost a search almost nothing, since the
    searcher keeps their readers open. Old versions of recoded turns wait for the next purge."""
    if sum(1 for seg in segments if seg.doc_count_all() < SMALL_SEGMENT) < TINY_FOLD:
        return list(segments)
    keep = []
    for seg in segments:
        if seg.doc_count_all() < SMALL_SEGMENT:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        else:
            keep.append(seg)
    return keep


def _keep_all(writer: Any, segments: list[Any]) -> list[Any]:
    return list(segments)


def _names(names: tuple[str, ...]) -> str:
    return ",".join(n.replace(",", " ").replace(LINE_SEP, " ") for n in names)


def _turn_fields(d: D.TurnDoc) -> dict[str, Any]:
    meta = [f"key_{d.key.lower()}", f"tid_{d.transcript_id}", f"iid_{d.informant_id or 0}",
            f"inf_{_token(d.informant)}", f"spk_{_token(d.speaker)}", f"role_{_token(d.role)}", "in_transcript"]
    segs: set[int] = set()
    cids: set[int] = set()
    thids: set[int] = set()
    codes: dict[str, None] = {}
    themes: dict[str, None] = {}
    for ln in d.lines:  # no term per line id: a line's turn is in the database (a deleted one: ``_turns_of_lost_lines``)
        segs.update(ln.segment_ids)
        cids.update(ln.code_ids)
        thids.update(ln.theme_ids)
        codes.update(dict.fromkeys(ln.codes))
        themes.update(dict.fromkeys(ln.themes))
    meta += [f"seg_{i}" for i in sorted(segs)] + [f"cid_{i}" for i in sorted(cids)]
    meta += [f"thid_{i}" for i in sorted(thids)]
    fields: dict[str, Any] = {
        "text": turn_text(ln.text for ln in d.lines), "meta": " ".join(meta),
        "pos": (d.transcript_id << 24) | d.lines[0].number, "iid": d.informant_id or 0, "nl": len(d.lines),
        "info": {"key": d.key, "kind": "turn", "title": d.title, "tid": d.transcript_id, "informant": d.informant,
                 "speaker": d.speaker, "role": d.role, "lines": [(ln.line_id, ln.number) for ln in d.lines],
                 "codes": [ln.codes for ln in d.lines]},
    }
    if codes:
        fields["code"] = _names(tuple(codes))
        fields["lcode"] = LINE_SEP.join(_names(ln.codes) for ln in d.lines)
    if themes:
        fields["theme"] = _names(tuple(themes))
        fields["ltheme"] = LINE_SEP.join(_names(ln.themes) for ln in d.lines)
    return fields


def _note_fields(d: D.NoteDoc) -> dict[str, Any]:
    meta = [f"key_{d.key.lower()}"] + [f"in_{k}" for k in d.kinds]
    if d.transcript_id is not None:
        meta.append(f"tid_{d.transcript_id}")
    return {"text": d.text, "meta": " ".join(meta),
            "info": {"key": d.key, "kind": d.kinds[-1], "title": d.title, "tid": d.transcript_id}}


class WhooshIndex:
    """See module docstring. One per open project (``transcripts.search.index_for``)."""

    def __init__(self, project: Project, folder: Path | None = None) -> None:
        self.project = project
        self.folder = folder or project.path / FOLDER
        self.schema = make_schema()
        self._parser = make_parser(self.schema)
        self._lock = threading.RLock()
        # Coding-only commits (segments) change no text, only the code filters of some lines; they are
        # applied just before the next search or any other update, so coding stays fast. A crash in
        # between leaves the manifest's fingerprint behind the database and the index is rebuilt.
        self._lazy: list[Changes] = []
        # The list has its own lock: a coding's commit hook only appends to it and never waits for an
        # index write in progress. A timer applies the list in the background once coding pauses
        # (LAZY_DELAY_S), so a search after a pause finds the index current.
        self._lazy_lock = threading.Lock()
        self._lazy_timer: threading.Timer | None = None
        self._storage: Any = None
        self._ix: dict[str, Any] = {}
        self._searchers: dict[str, Any] = {}
        self._private: Path | None = None  # a read-only session's own index, outside the project
        self._fp: dict[str, int] | None = None  # the fingerprint in the manifest this index last wrote
        self.stale = False
        # Additions (imports) are written by a background thread after the database commit; every
        # reader and every other update waits for it (``wait``), so the index only ever lags, never diverges.
        self._pending: deque[Changes] = deque()
        self._cv = threading.Condition()
        self._worker: threading.Thread | None = None

    # ---- opening ---------------------------------------------------------------------------------
    def ensure(self, progress: Progress | None = None) -> None:
        """Open the index; rebuild it when missing, damaged, of an old format or out of step with the db."""
        with self._lock:
            if self._ix and not self.stale:
                return
            try:
                self._open()
                manifest = self._read_manifest()
                if self._matches(manifest) or self._catch_up(manifest):
                    self.stale = False
                    return
                log.info("search index out of step with the database: rebuilding")
            except FileNotFoundError:
                log.info("no search index yet: building it")
            except Exception as e:  # damaged files: any error from whoosh or json means rebuild
                log.warning("search index unreadable (%s): rebuilding", type(e).__name__)
            if self.project.readonly and not self.project.is_server and self._private is None:
                # Never write into a project opened read-only (its writer may be at work, or the folder
                # may be read-only): build a private index of the (de-identified) database in a temp folder.
                self._private = Path(tempfile.mkdtemp(prefix="kondens-index-"))
                self.folder = self._private / FOLDER
            self.rebuild(progress)

    def _open(self) -> None:
        self._close_storage()
        if not (self.folder / MANIFEST).is_file():
            raise FileNotFoundError("no manifest")
        storage = FileStorage(str(self.folder))
        ix = {name: windex.open_dir(str(self.folder), indexname=name, schema=self.schema)
              for name in ("lines", "notes")}
        for i in ix.values():
            i.doc_count()
        self._storage, self._ix = storage, ix

    def _read_manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.folder / MANIFEST).read_text("utf-8"))
        return data

    def _expected_manifest(self, changes: Changes | None = None) -> dict[str, Any]:
        """The manifest of the database as it is now. After a commit that touched only segments
        (``changes``), only the segment aggregates are counted again; the rest is the fingerprint this
        index last wrote (every commit since came through ``_apply``), which spares reading every
        transcript's text and every line after each coding."""
        if changes is not None and self._fp is not None and set(changes.touched) <= LAZY_TABLES:
            fp = {**self._fp, **D.segment_fingerprint(self.project)}
        else:
            fp = D.fingerprint(self.project)
        self._fp = fp
        return {"format": FORMAT, "fingerprint": fp}

    def _matches(self, manifest: dict[str, Any]) -> bool:
        expected = self._expected_manifest()
        return all(manifest.get(k) == v for k, v in expected.items())

    def _catch_up(self, manifest: dict[str, Any]) -> bool:
        """A team project's index that is behind: apply what the server's change log holds since it was
        last written (other clients' work), then check again. False when that is not possible."""
        seq = manifest.get("log_seq")
        if manifest.get("format") != FORMAT or not isinstance(seq, int):
            return False
        behind = self.project.changes_since(seq)
        if behind is None:
            return False
        if behind.touched:
            log.info("search index: catching up with %d tables changed by other clients", len(behind.touched))
            self.stale = False
            self._apply(behind)
        return not self.stale and self._matches(self._read_manifest())

    def _write_manifest(self, changes: Changes | None = None) -> None:
        tmp = self.folder / (MANIFEST + ".tmp")
        seq = self.project.log_position()  # before the fingerprint: a catch-up may replay, never skip
        tmp.write_text(json.dumps({**self._expected_manifest(changes), "log_seq": seq}), "utf-8")
        tmp.replace(self.folder / MANIFEST)

    def _invalidate_manifest(self) -> None:
        (self.folder / MANIFEST).unlink(missing_ok=True)

    def _close_storage(self) -> None:
        for sr in self._searchers.values():
            sr.close()
        self._searchers = {}
        for i in self._ix.values():
            i.close()
        self._ix = {}
        self._storage = None

    def close(self) -> None:
        with self._lazy_lock:
            if self._lazy_timer is not None:
                self._lazy_timer.cancel()
                self._lazy_timer = None
        self.wait()
        with self._lock:
            self.flush()
            self._close_storage()
            if self._private is not None:
                shutil.rmtree(self._private, ignore_errors=True)
                self._private = None

    def flush(self) -> None:
        """Apply coding-only updates that were put off (see ``_lazy``) and wait for background writes."""
        self.wait()
        with self._lock:
            pending = self._take_lazy()
            if pending is not None:
                self._apply(pending)

    def _take_lazy(self, then: Changes | None = None) -> Changes | None:
        """The put-off coding changes merged (with ``then`` after them), emptying the list."""
        with self._lazy_lock:
            pending, self._lazy = self._lazy, []
        if not pending:
            return then
        return Changes.merge([*pending, then] if then is not None else pending)

    def _lazy_later(self) -> None:
        """Timer thread: apply the put-off coding changes while the user pauses."""
        with self._lazy_lock:
            self._lazy_timer = None
        if self.indexing:
            self._schedule_lazy()  # an import is being written: try again after it
            return
        with self._lock:
            pending = self._take_lazy()
            if pending is not None:
                self._apply(pending)

    def _schedule_lazy(self) -> None:
        with self._lazy_lock:
            if self._lazy_timer is not None:
                self._lazy_timer.cancel()  # coding goes on: wait for the pause
            t = threading.Timer(LAZY_DELAY_S, self._lazy_later)
            t.daemon = True
            t.name = "kondens-search-lazy"
            self._lazy_timer = t
            t.start()

    # ---- building ----------------------------------------------------------------------------------
    def rebuild(self, progress: Progress | None = None) -> None:
        """Throw the index away and build it again from the database (``kondens reindex``)."""
        self.wait()
        with self._lock:
            self._take_lazy()  # the rebuild reads everything from the database
            self._close_storage()
            if self.folder.exists():
                shutil.rmtree(self.folder)
            self.folder.mkdir(parents=True)
            storage = FileStorage(str(self.folder))
            ix = {name: storage.create_index(self.schema, indexname=name) for name in ("lines", "notes")}
            total = D.count_transcripts(self.project)
            writer = self._writer(ix["lines"])
            done = in_segment = 0
            current: int | None = None
            try:
                for doc in D.turn_docs(self.project):
                    if doc.transcript_id != current:
                        if current is not None:
                            done += 1
                            if progress is not None and progress(done, total) is False:
                                raise InterruptedError("reindex cancelled")
                        # Segment boundaries fall between transcripts, so a later rewrite stays small.
                        if in_segment >= SEGMENT_DOCS:
                            writer.commit(mergetype=_keep_all)
                            writer = self._writer(ix["lines"])
                            in_segment = 0
                        current = doc.transcript_id
                    writer.add_document(**_turn_fields(doc))
                    in_segment += 1
                writer.commit(mergetype=_keep_all)
            except BaseException:
                writer.cancel()
                self._invalidate_manifest()
                raise
            with self._writer(ix["notes"]) as nw:
                for note in D.note_docs(self.project):
                    nw.add_document(**_note_fields(note))
            self._storage, self._ix = storage, ix
            self._write_manifest()
            self.stale = False
            if progress is not None:
                progress(total, total)

    @staticmethod
    def _writer(ix: Any) -> Any:
        return _Writer(ix, limitmb=256)

    # ---- keeping in step -----------------------------------------------------------------------------
    def update(self, changes: Changes) -> None:
        """Bring the index in step with one committed transaction. Never raises: on failure the index
        is marked stale and rebuilt before the next search."""
        if set(changes.touched) <= LAZY_TABLES:
            with self._lazy_lock:
                self._lazy.append(changes)
            self._schedule_lazy()
            return
        self.wait()
        with self._lock:
            merged = self._take_lazy(changes)
            assert merged is not None
            self._apply(merged)

    # ---- writing in the background ---------------------------------------------------------------
    def update_later(self, changes: Changes) -> None:
        """Like :meth:`update`, but written by a background thread; returns at once. For additions
        only (an import's new transcripts): nothing a user removed waits in the index meanwhile."""
        with self._cv:
            self._pending.append(changes)
            if self._worker is None:
                self._worker = threading.Thread(target=self._drain, name="kondens-search-index", daemon=True)
                self._worker.start()

    def _drain(self) -> None:
        while True:
            with self._cv:
                if not self._pending:
                    self._worker = None
                    self._cv.notify_all()
                    return
                # Everything queued meanwhile in one update (an import hands over a group of files at a
                # time): one fingerprint and manifest for all of it; segments are still cut at SEGMENT_DOCS.
                queued = list(self._pending)
                self._pending.clear()
                changes = queued[0] if len(queued) == 1 else Changes.merge(queued)
            with self._lock:
                merged = self._take_lazy(changes)
                assert merged is not None
                self._apply(merged)

    @property
    def indexing(self) -> bool:
        """True while background writes are pending (a front end may say "indexing…")."""
        with self._cv:
            return self._worker is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the background writes are done; False if ``timeout`` ran out first."""
        if self._worker is threading.current_thread():
            return True
        with self._cv:
            return self._cv.wait_for(lambda: self._worker is None, timeout)

    def _apply(self, changes: Changes) -> None:
        try:
            if not self._ix or self.stale:
                self.stale = True
                return
            self._invalidate_manifest()
            self._update_lines(changes)
            self._update_notes(changes)
            self._write_manifest(changes)
        except Exception:
            log.exception("search index update failed; it will be rebuilt")
            self.stale = True
            self._invalidate_manifest()

    def _index_keys(self, prefix: str, ids: frozenset[int] | set[int]) -> tuple[set[int], set[int]]:
        """(transcript ids, turn ids) of indexed turns carrying ``{prefix}{id}`` for any of ``ids``."""
        tids: set[int] = set()
        lids: set[int] = set()
        if not ids:
            return tids, lids
        s = self._searcher("lines")  # the cached one: opening every segment's reader again costs more
        for i in ids:
            for n in s.document_numbers(meta=f"{prefix}{i}"):
                f = s.stored_fields(n)
                tids.add(int(f["info"]["tid"]))
                lids.add(int(f["info"]["key"][1:]))
        return tids, lids

    def _turns_of_lost_lines(self, line_ids: set[int]) -> set[int]:
        """Indexed turns holding any of ``line_ids`` that the database no longer has (their turns are
        looked up there otherwise). Lines go with their transcript, which is rewritten whole, so this is
        for a deletion of single lines only: it reads every turn's stored line ids rather than index a
        term per line, which would cost about a tenth of indexing an import."""
        lost = line_ids - set(D.line_spans(self.project, line_ids)) if line_ids else set()
        turns: set[int] = set()
        if not lost:
            return turns
        for fields in self._searcher("lines").reader().all_stored_fields():
            info = fields["info"]
            if any(lid in lost for lid, _ in info["lines"]):
                turns.add(int(info["key"][1:]))
        return turns

    def _update_lines(self, ch: Changes) -> None:
        t = ch.touched
        full = set(t.get("transcripts", ()))
        full |= D.transcripts_of(self.project, turn_ids=t.get("turns", ()), informant_ids=t.get("informants", ()))
        full |= self._index_keys("iid_", t.get("informants", frozenset()))[0]
        # Whole transcripts are rewritten anyway: their own turns and lines need no lookup (an import's
        # lines would otherwise be looked up one by one, and its turns built twice).
        full_turns, full_lines = D.parts_of(self.project, full) if full else (set(), set())
        lines: set[int] = set(t.get("lines", ())) - full_lines
        turns = self._turns_of_lost_lines(lines)
        segs = set(t.get("segments", ()))
        turns |= self._index_keys("seg_", segs)[1]
        codes = set(t.get("codes", ()))
        turns |= self._index_keys("cid_", codes)[1]
        themes = set(t.get("theme_nodes", ()))
        turns |= self._index_keys("thid_", themes)[1]
        if themes:
            codes |= D.codes_under_themes(self.project, themes)
        if codes:
            segs |= D.segments_of_codes(self.project, codes)
        lines |= D.segment_lines(self.project, segs)
        turns |= D.turns_of_lines(self.project, lines - full_lines)
        turns -= full_turns
        if not full and not turns:
            return
        # Coding alone (segments) changes no text the database loses: old line versions may wait for a
        # normal merge. Anything that removes or renames text purges the segments holding it now.
        coding_only = set(t) <= {"segments", "quotes", "memos", "drafts"}
        policy = _merge_tiny if coding_only else _purge_merge
        # The cached searcher, current, sees the generation the writer starts from (we hold the lock and
        # are the only writer), so its document numbers are the writer's: deleting through it opens no
        # reader (the writer's own searcher would open one per segment).
        s = self._searcher("lines")
        writer = self._writer(self._ix["lines"])
        try:
            for tid in full:
                writer.delete_by_term("meta", f"tid_{tid}", searcher=s)
            for turn in turns:
                writer.delete_by_term("meta", f"key_t{turn}", searcher=s)
            in_segment, current = 0, None
            for doc in D.turn_docs(self.project, transcript_ids=full) if full else ():
                if doc.transcript_id != current:
                    # Many new transcripts (an import) are written as segments of a few transcripts each, as
                    # a rebuild writes them: a later purge then rewrites only the segments holding a deletion.
                    if in_segment >= SEGMENT_DOCS:
                        writer.commit(mergetype=policy)  # the first commit also carries the deletions
                        writer = self._writer(self._ix["lines"])
                        policy, in_segment = _keep_all, 0
                    current = doc.transcript_id
                writer.add_document(**_turn_fields(doc))
                in_segment += 1
            if turns:
                for doc in D.turn_docs(self.project, turn_ids=turns):
                    if doc.transcript_id not in full:
                        writer.add_document(**_turn_fields(doc))
            writer.commit(mergetype=policy)
        except BaseException:
            writer.cancel()
            raise

    def _update_notes(self, ch: Changes) -> None:
        memos = set(ch.touched.get("memos", ()))
        themes = set(ch.touched.get("theme_nodes", ()))
        if not memos and not themes:
            return
        s = self._searcher("notes")
        writer = self._writer(self._ix["notes"])
        try:
            for m in memos:
                writer.delete_by_term("meta", f"key_m{m}", searcher=s)
            for th in themes:
                writer.delete_by_term("meta", f"key_c{th}", searcher=s)
            for note in D.note_docs(self.project, memo_ids=memos, theme_ids=themes):
                writer.add_document(**_note_fields(note))
            writer.commit(mergetype=_purge_merge)
        except BaseException:
            writer.cancel()
            raise

    def is_current(self) -> bool:
        self.flush()
        try:
            return bool(self._ix) and not self.stale and self._matches(self._read_manifest())
        except Exception:
            return False

    # ---- searching -----------------------------------------------------------------------------------
    def search(self, query: str, limit: int | None = 200, sort: str = "score") -> SearchResults:
        """Run ``query`` (see :mod:`transcripts.search.query`); ``sort`` is "score" or "position".

        ``total`` and ``per_informant`` count every match; only the best ``limit`` become hits.
        """
        t0 = time.perf_counter()
        q = parse(self._parser, query)
        self.flush()  # waits for background writes: a search sees every committed transcript
        if self.stale or not self._ix:
            self.ensure()
        hits: list[Hit] = []
        per_informant: dict[str, int] = {}
        with self._lock:  # whoosh searchers share file handles: one search at a time
            s = self._searcher("lines")
            reader = s.reader()
            cq = L.candidates(q)
            ev = L.LineEval(reader, q)
            # Per-informant counts from the stored informant id of each matching turn: no map to rebuild
            # after a commit; each turn counts its matching lines.
            owner = _column_values(reader, "iid")
            counts: dict[int, int] = {}
            total = 0
            one_word = ev.term_counts()
            matching = ((n, len(ls)) for n, ls in one_word.items()) if one_word is not None else (
                (n, ev.count(n)) for n in s.docs_for_query(cq))
            for n, k in matching:
                if k:
                    iid = owner[n]
                    counts[iid] = counts.get(iid, 0) + k
                    total += k
            labels = D.informant_labels_by_id(self.project) if counts else {}
            per_informant = {}
            for iid, c in counts.items():
                label = labels.get(iid, "")
                per_informant[label] = per_informant.get(label, 0) + c
            terms = L.text_terms(q, reader)
            turn_limit = limit
            while True:
                kw: dict[str, Any] = {"limit": turn_limit}
                if sort == "position":
                    kw["sortedby"] = FieldFacet("pos")
                res = s.search(cq, **kw)
                hits = []
                for r in res:
                    matched = ev.lines(r.docnum)
                    if not matched:
                        continue
                    f = r.fields()
                    info = f["info"]
                    parts = f.get("text", "").split(LINE_SEP)
                    for i in sorted(matched):
                        if i >= len(info["lines"]) or i >= len(parts):
                            continue
                        lid, number = info["lines"][i]
                        text = parts[i]
                        hits.append(Hit(  # marks: below, only for the hits kept
                            kind="line", key=f"L{lid}", text=text, score=float(r.score or 0.0),
                            marks=(), transcript_id=int(info["tid"]), transcript=info["title"],
                            informant=info["informant"], speaker=info["speaker"], role=info["role"],
                            line=int(number), line_id=int(lid), codes=tuple(info["codes"][i])))
                if turn_limit is None or len(hits) >= turn_limit or res.scored_length() < turn_limit:
                    break
                turn_limit = None  # some turns matched without a matching line: look at every turn
            if limit is not None:
                hits = hits[:limit]
            hits = [replace(h, marks=L.marks(h.text, terms)) for h in hits]  # analysing a line costs: kept ones only
            s = self._searcher("notes")
            res = s.search(q, limit=limit)
            notes = len(res)
            terms = L.text_terms(q, s.reader())
            for r in res:
                f = r.fields()
                info = f["info"]
                snippet, marks = L.snippet(f.get("text", ""), terms)
                hits.append(Hit(kind=info["kind"], key=info["key"], text=snippet, score=float(r.score or 0.0),
                                marks=marks, ref_id=int(info["key"][1:]), title=info["title"], transcript_id=info["tid"]))
        hits = L.resolve_spans(self.project, hits)
        return SearchResults(query=query, hits=tuple(hits), total=total + notes, per_informant=per_informant,
                             notes=notes, elapsed_ms=(time.perf_counter() - t0) * 1000)

    def _searcher(self, name: str) -> Any:
        """A cached searcher, refreshed when a commit changed the index. Caller holds the lock."""
        cur = self._searchers.get(name)
        if cur is None or not cur.up_to_date():
            cur = _refreshed(self._ix[name], cur)
        self._searchers[name] = cur
        return cur


_COLUMN_CACHE: weakref.WeakKeyDictionary[Any, dict[str, list[int]]] = weakref.WeakKeyDictionary()


def _column_values(reader: Any, name: str) -> list[int]:
    """A numeric column's values by document number, kept per segment reader: the searcher keeps the
    readers of unchanged segments (:func:`_refreshed`), so after a coding only its new segment is read."""
    out: list[int] = []
    for leaf, offset in reader.leaf_readers():
        per_leaf = _COLUMN_CACHE.get(leaf)
        if per_leaf is None:
            per_leaf = _COLUMN_CACHE[leaf] = {}
        values = per_leaf.get(name)
        if values is None:
            n = leaf.doc_count_all()
            values = per_leaf[name] = list(leaf.column_reader(name)) if leaf.has_column(name) else [0] * n
        if offset != len(out):  # never expected: fall back to whoosh's own lookup
            col = reader.column_reader(name) if reader.has_column(name) else None
            return [col[i] if col is not None else 0 for i in range(reader.doc_count_all())]
        out.extend(values)
    return out


def _refreshed(ix: Any, old: Any | None) -> Any:
    """A searcher over the index's latest generation that keeps ``old``'s reader of every segment that
    is unchanged (same segment, same deletions); only new or changed segments are opened.

    After a coding commit that is one or two small segments instead of every segment of the index
    (about 80 at 200 interviews, ~2 ms each). whoosh's own ``Searcher.refresh`` cannot be used: it
    keys readers by segment id alone, so a segment that gained deletions would keep its old reader
    (deleted turns still found), and it adds back segments that a merge removed.
    """
    toc = ix._read_toc()
    keep: dict[str, Any] = {}
    if old is not None:
        for r, _ in old.reader().leaf_readers():
            seg = r.segment()
            if seg is not None:
                keep[seg.segment_id()] = r
    readers = []
    for seg in toc.segments:
        r = keep.get(seg.segment_id())
        if r is not None and r.segment().deleted_count() == seg.deleted_count():
            del keep[seg.segment_id()]
        else:
            r = SegmentReader(ix.storage, toc.schema, seg, generation=toc.generation)
        readers.append(r)
    for r in keep.values():  # segments merged away or rewritten with new deletions
        r.close()
    reader = MultiReader(readers, generation=toc.generation) if readers else EmptyReader(toc.schema)
    return Searcher(reader, fromindex=ix, weighting=TF_IDF())
