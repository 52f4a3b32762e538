"""Read a coder's copy for :mod:`coding.services.merge_coder`: another ``.kondens``, or a ``.qdpx``.

A ``.qdpx`` coder's copy is usually this project exported (``kondens export qdpx``), coded by someone else in
Kondens or another tool, and exported again. Its source texts are then the de-identified transcripts, with
``SPEAKER: `` before each turn as our export writes them (or without, or with CRLF line ends). Each source is
compared with every transcript here in those forms; on a match its selections are carried back into the
transcript's own offsets. Sources that match nothing keep their text and are reported as unmatched.
Nothing here writes to either project.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from coding.errors import N_
from coding.services.merge_coder import (
    CoderCopy,
    CopyCode,
    CopySegment,
    CopyTranscript,
    MergeError,
    read_kondens_copy,
    text_hash,
)
from coding.store import Project
from coding.store.models import Transcript, Turn
from exports.refi.codebook import unflatten
from exports.refi.model import QCode, norm_guid
from exports.refi.positions import Edit, OffsetMap, PositionConverter, offset_model
from exports.refi.reader import read_qdpx, source_text
from exports.refi.writer import derived_guid
from exports.refi.writer import source_text as export_form

Mapper = Callable[[int, int], tuple[int, int]]


def load_coder_copy(path: str | os.PathLike[str], project: Project) -> CoderCopy:
    """A coder's copy from a ``.kondens`` folder (or its ``project.db``) or a ``.qdpx`` file."""
    p = Path(path)
    if not project.is_server and p.resolve() in (project.path.resolve(), project.db_path.resolve()):
        raise MergeError(N_("{path}: that is the open project itself"), path=p)
    if p.suffix.casefold() in (".qdpx", ".qde"):
        return read_qdpx_copy(p, project)
    if p.is_dir() or p.name == "project.db":
        return read_kondens_copy(p)
    raise MergeError(N_("{path}: not a Kondens project folder or a .qdpx file"), path=p)


def _targets(project: Project) -> dict[str, tuple[str, Mapper]]:
    """Hash of each form a transcript of ours can take in a .qdpx → (its text, map into its offsets)."""
    with project.read() as s:
        ts = list(s.scalars(select(Transcript)))
        turns: dict[int, list[Turn]] = {}
        for tu in s.scalars(select(Turn).order_by(Turn.transcript_id, Turn.index)):
            turns.setdefault(tu.transcript_id, []).append(tu)
        s.expunge_all()
    out: dict[str, tuple[str, Mapper]] = {}
    for t in ts:
        out.setdefault(text_hash(t.text), (t.text, lambda a, b: (a, b)))
        form = export_form(t, turns.get(t.id, []))
        # Our export inserted "A: " at each turn start; removing those stretches again maps back.
        removed, shift = [], 0
        for tu in sorted(turns.get(t.id, []), key=lambda x: x.start):
            n = len(tu.speaker) + 2
            removed.append(Edit(tu.start + shift, tu.start + shift + n, 0, keep=False))
            shift += n
        back = OffsetMap(removed)
        out.setdefault(text_hash(form.text), (t.text, back.map_span))
    return out


def read_qdpx_copy(path: str | os.PathLike[str], project: Project) -> CoderCopy:
    q, arch = read_qdpx(path)
    try:
        q.codes = unflatten(q.codes)
        codable = {norm_guid(c.guid) for c in q.all_codes() if c.codable}
        codes: list[CopyCode] = []
        for top in q.codes:
            stack: list[tuple[QCode, str | None]] = [(top, None)]
            while stack:
                c, parent = stack.pop()
                g = norm_guid(c.guid)
                if g in codable:
                    codes.append(CopyCode(g, c.name, c.color or "", c.description, parent))
                for ch in reversed(c.children):
                    stack.append((ch, g if g in codable else None))
        default_user = derived_guid("user", "Kondens")  # our export's user for segments without a coder
        users = {norm_guid(u.guid): ("" if norm_guid(u.guid) == default_user else u.name) for u in q.users}
        targets = _targets(project)
        model = offset_model(q.origin)
        transcripts: list[CopyTranscript] = []
        segments: list[CopySegment] = []
        for src in q.sources:
            raw = source_text(q, src, arch)
            if raw is None:
                continue
            conv = PositionConverter(raw, model)
            crlf = [Edit(i, i + 2, 1) for i in range(len(raw) - 1) if raw[i] == "\r" and raw[i + 1] == "\n"]
            lf = OffsetMap(crlf)
            flat = raw.replace("\r\n", "\n")
            hit = targets.get(text_hash(flat))
            body, back = hit if hit is not None else (flat, None)
            key = norm_guid(src.guid)
            transcripts.append(CopyTranscript(key, src.name, body))
            for sel in src.selections:
                a, b = lf.map_span(conv(sel.start), conv(sel.end))
                if back is not None:
                    a, b = back(a, b)
                for cd in sel.codings:
                    segments.append(CopySegment(norm_guid(cd.guid) or norm_guid(sel.guid), key,
                                                norm_guid(cd.code_guid), a, b,
                                                users.get(norm_guid(cd.user or sel.user), ""), 1,
                                                _iso(cd.created or sel.created)))
        return CoderCopy(Path(path).name, tuple(transcripts), tuple(codes), tuple(segments))
    finally:
        if arch is not None:
            arch.close()


def _iso(value: str) -> str:
    v = (value or "").strip()
    return v[:19] + "+00:00" if len(v) >= 19 and v[4] == "-" and v[10] == "T" else ""
