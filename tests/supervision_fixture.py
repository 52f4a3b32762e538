"""A small analysed project for the review-loop tests: two transcripts, codes in a theme hierarchy."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from coding.services import themes as th
from coding.services.codes import apply_code, create_code
from coding.store import Project
from tests.themes_fixture import make_transcript


@dataclass
class Analysed:
    project: Project
    area: int
    sub: int
    other: int
    codes: dict[str, int]
    segments: list[int]
    transcripts: list[int]


_TEMPLATE: tuple[Path, Analysed] | None = None


def analysed(path: Path) -> Analysed:
    """A fresh copy of the analysed project at ``path`` (built once per test session, then copied: fast)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        root = Path(tempfile.mkdtemp(prefix="kondens-review-tpl-"))
        built = _build(root / "t.kondens")
        built.project.close()
        _TEMPLATE = (root / "t.kondens", built)
    src, t = _TEMPLATE
    shutil.copytree(src, path)
    return replace(t, project=Project.open(path))


def _build(path: Path) -> Analysed:
    p = Project.create(path)
    tids, spans = [], []
    for label in "AB":
        tid, sp = make_transcript(p, label, [["Hva gjorde dere?"],
                                             ["Vi spilte sammen hver uke.", "Det ga meg ro.", "Jeg mestret mer."],
                                             ["Og etterpå?"],
                                             ["Gruppa ble viktig for meg.", "Vi lo mye sammen."]])
        tids.append(tid)
        spans.append(sp)
    codes = {n: create_code(p, n).value for n in ("samspill", "ro", "mestring", "fellesskap", "humor")}
    segs = []
    for tid, sp in zip(tids, spans, strict=True):
        for code, line in (("samspill", 1), ("ro", 2), ("mestring", 3), ("fellesskap", 5), ("humor", 6)):
            segs.append(apply_code(p, tid, *sp[line], codes[code]).value)
    area = th.create_theme(p, "Musikk som ressurs").value
    sub = th.create_theme(p, "Ro og mestring", parent_id=area).value
    other = th.create_theme(p, "Fellesskap").value
    th.move_codes(p, [codes["samspill"]], area)
    th.move_codes(p, [codes["ro"], codes["mestring"]], sub)
    th.move_codes(p, [codes["fellesskap"], codes["humor"]], other)
    th.set_summary(p, sub, "Jeg fant ro når vi spilte, og jeg mestret mer enn jeg trodde.")
    th.add_golden_quote(p, sub, segs[1])
    return Analysed(p, area, sub, other, codes, segs, tids)
