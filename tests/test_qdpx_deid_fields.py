"""``.qdpx`` import de-identifies every text-like field, not only sources (issue 19 item 6)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from coding.errors import KondensError
from coding.services.privacy_scan import scan_folder
from coding.store import Project
from exports.refi.importer import import_qdpx
from tests.conftest import SHARED

MINIMAL = SHARED / "refi" / "samples" / "minimal_project.qdpx"
SRC = "5fb36e51-a0d3-4cbc-a163-7e8f9a0b1c23"
IDENTIFIERS = ["Kari Nordmann", "Nordmann", "91234567"]


def _hostile(tmp_path: Path, two_cases: bool = False) -> Path:
    with zipfile.ZipFile(MINIMAL) as z:
        qde = z.read("project.qde").decode("utf-8")
        members = {n: z.read(n) for n in z.namelist() if n != "project.qde"}
    qde = qde.replace('name="Barriers"', 'name="Kari Nordmann og familien"')
    qde = qde.replace('name="Cost"', 'name="Kari Nordmann sin historie"')
    qde = qde.replace("Money, fees, prices", "ringte fra 91234567")
    qde = qde.replace('name="Site"', 'name="Hos Kari Nordmann"')
    qde = qde.replace('name="P01"', 'name="Kari Nordmann"')
    if two_cases:
        qde = qde.replace("</Cases>", '<Case guid="4ea25d40-9fc2-4bab-9052-6d7e8f9a0b99" name="Kari Nordmann"/></Cases>')
    members[f"sources/{SRC}.txt"] = b"Kari Nordmann sa: \"too expensive\" og ringte fra 91234567.\n"
    path = tmp_path / "hostile.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.qde", qde)
        for n, data in members.items():
            z.writestr(n, data)
    return path


@pytest.mark.skipif(not MINIMAL.exists(), reason="../shared/refi is absent")
def test_item6_code_theme_and_variable_names_are_deidentified(tmp_path: Path) -> None:
    proj = tmp_path / "q.kondens"
    with Project.create(proj) as p:
        import_qdpx(p, _hostile(tmp_path))
    assert scan_folder(proj, IDENTIFIERS) == []
    with Project.open(proj, readonly=True) as p:
        from coding import queries

        names = [c.name for c in queries.codes(p)]
    assert any(n.endswith("sin historie") and n.startswith("[") for n in names), names


@pytest.mark.skipif(not MINIMAL.exists(), reason="../shared/refi is absent")
def test_item6_two_cases_of_one_name_import_without_a_traceback(tmp_path: Path) -> None:
    proj = tmp_path / "q2.kondens"
    with Project.create(proj) as p:
        try:
            rep = import_qdpx(p, _hostile(tmp_path, two_cases=True))
        except KondensError as e:  # a one-line refusal would do, but must not name anyone
            assert "Nordmann" not in str(e) and "\n" not in str(e)
        else:
            assert rep.cases == 2
    assert scan_folder(proj, IDENTIFIERS) == []
