"""CSV of the cross-case matrix: rows theme areas, subgroups and codes, one column per informant."""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from pathlib import Path

from coding.matrix import matrix
from coding.store import Project


def write_matrix_csv(project: Project, path: str | os.PathLike[str], measure: str = "segments",
                     filters: Mapping[str, str] | None = None) -> Path:
    """Write the matrix as UTF-8 CSV (with BOM, so Excel reads æøå). ``measure``: "segments" or "lines".

    Columns: level, theme area, subgroup, code, one per informant (pseudonym), total.
    Only names of themes and codes and pseudonyms are written: nothing from the transcripts.
    """
    if measure not in ("segments", "lines"):
        raise ValueError("measure must be 'segments' or 'lines'")
    m = matrix(project, filters)
    out = Path(path)
    tmp = out.with_name(out.name + ".part")
    area = subgroup = ""
    try:
        with tmp.open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow(["level", "theme area", "subgroup", "code", *(c.label for c in m.columns), "total"])
            for r in m.rows:
                if r.kind == "area":
                    area, subgroup = r.name, ""
                    names = [area, "", ""]
                elif r.kind == "subgroup":
                    subgroup = r.name
                    names = [area, subgroup, ""]
                else:
                    if r.depth == 1:
                        subgroup = ""
                    names = [area, subgroup, r.name]
                vals = [getattr(c, measure) for c in r.cells]
                w.writerow([r.kind, *names, *vals, getattr(r.total, measure)])
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
