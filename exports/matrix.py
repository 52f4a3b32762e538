"""CSV of the cross-case matrix: rows theme areas, subgroups and codes, one column per informant."""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from pathlib import Path

from coding.store import Project
from exports.safety import atomic_write
from exports.tables import matrix_rows


def write_matrix_csv(project: Project, path: str | os.PathLike[str], measure: str = "segments",
                     filters: Mapping[str, str] | None = None, lang: str = "nb") -> Path:
    """Write the matrix as UTF-8 CSV (with BOM, so Excel reads æøå). ``measure``: "segments" or "lines".

    Columns (in ``lang``): level, theme area, subgroup, code, one per informant (pseudonym), total.
    Only names of themes and codes and pseudonyms are written: nothing from the transcripts.
    """
    header, rows = matrix_rows(project, measure, lang, filters)

    def write(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    return atomic_write(path, write)
