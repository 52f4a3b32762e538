"""Member check (sitatsjekk): one informant's quotes in a .docx packet with room for comments.

Every quote that will be used from the informant's interviews (all but withdrawn ones) is listed in a
table with a column for approval and comments. After the file is written, quotes not yet sent are
marked "sent" in one transaction (undoable); approved or change-requested quotes keep their status.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Cm, Pt

from coding.changes import Changes
from coding.errors import KondensError
from coding.services.quotes import set_statuses_in
from coding.store import Project
from exports.data import load_quotes
from exports.docxutil import muted, new_document, save
from exports.safety import check_texts

INTRO = ("Her er sitatene vi ønsker å bruke fra intervjuet ditt. Sitatene er anonymisert: navn, steder og "
         "arbeidsplasser er byttet ut med klammer, og utelatt tekst er vist som […]. Skriv gjerne en kommentar "
         "ved hvert sitat, og kryss av om du godkjenner det eller ønsker endringer.")


@dataclass(frozen=True)
class MemberCheckResult:
    quotes: int
    changes: Changes


def write_member_check(project: Project, informant: str, path: str | os.PathLike[str],
                       identifiers: list[str] | None = None, mark_sent: bool = True) -> MemberCheckResult:
    rows = [r for r in load_quotes(project, informant=informant) if r.quote_id is not None]
    if not rows:
        raise KondensError(f"{project.name}: informant {informant} has no quotes to check")
    rows.sort(key=lambda r: (r.transcript, r.first_line))
    if identifiers:
        check_texts([r.text for r in rows], identifiers, "member-check packet")
    doc = new_document(f"Sitatsjekk {informant}")
    doc.add_heading(f"Sitatsjekk – informant {informant}", level=0)
    doc.add_paragraph(INTRO)
    muted(doc, f"{len(rows)} sitater · linjenummer viser til transkripsjonen")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    widths = (Cm(1.2), Cm(9.3), Cm(5.5))
    for cell, head, w in zip(table.rows[0].cells, ("Nr.", "Sitat", "Godkjent? Kommentar"), widths, strict=True):
        cell.width = w
        cell.paragraphs[0].add_run(head).bold = True
    for n, r in enumerate(rows, 1):
        cells = table.add_row().cells
        for cell, w in zip(cells, widths, strict=True):
            cell.width = w
        cells[0].text = str(n)
        p = cells[1].paragraphs[0]
        p.add_run(r.text)
        ref = cells[1].add_paragraph().add_run(f"({r.reference})")
        ref.italic = True
        ref.font.size = Pt(9)
        box = cells[2].paragraphs[0]
        box.add_run("☐ Ja   ☐ Nei, endre\n\nKommentar:\n\n\n")
    save(doc, Path(path))
    changes = Changes()
    if mark_sent:
        ids = [r.quote_id for r in rows if r.status == "not_sent" and r.quote_id is not None]
        with project.transaction(f"Member check sent to {informant}") as tx:
            set_statuses_in(tx.session, ids, "sent")
            tx.value = len(ids)
        changes = tx.changes
    return MemberCheckResult(len(rows), changes)
