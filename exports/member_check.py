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
from coding.errors import N_, KondensError
from coding.services.quotes import set_statuses_in
from coding.store import Project
from exports.data import load_quotes
from exports.docxutil import REFERENCE_STYLE, ensure_styles, fixed_table, muted, new_document, save
from exports.quote_format import quote_lines
from exports.quotes_docx import unique_quotes
from exports.safety import check_texts

INTRO = ("Takk for at du var med på intervjuet. Her er sitatene jeg ønsker å bruke fra det. Navn, steder og "
         "arbeidsplasser er byttet ut med ord i klammer, for eksempel [navn 1], og tekst jeg har tatt bort, er "
         "vist som […].")
STEPS = (
    "Les hvert sitat.",
    "Kryss av for «Ja» hvis sitatet kan brukes slik det står, eller «Nei, endre» hvis du vil at noe skal "
    "endres eller tas bort. Skriv gjerne hva du vil endre i kommentarfeltet.",
    "Send svaret tilbake til meg{deadline}. Du kan skrive i dette dokumentet, eller svare på e-post eller "
    "telefon.",
    "Det er frivillig å svare. Du kan når som helst trekke sitater du ikke vil at jeg skal bruke, uten å "
    "si hvorfor.",
)
# Widths of the table's columns on an A4 page with 2.5 cm margins (16 cm of text width).
COLUMN_WIDTHS_CM = (1.2, 9.3, 5.5)


@dataclass(frozen=True)
class MemberCheckInfo:
    """What the informant needs to know who asks, about what, and by when."""

    project_title: str = ""
    researcher: str = ""
    contact: str = ""
    return_by: str = ""  # free text such as "1. mars 2026" or an ISO date


@dataclass(frozen=True)
class MemberCheckResult:
    quotes: int
    changes: Changes


def informants_with_quotes(project: Project) -> list[tuple[str, int]]:
    """``(pseudonym, number of quotes to check)`` for every informant with at least one quote."""
    counts: dict[str, int] = {}
    for r in load_quotes(project):
        if r.quote_id is not None and r.informant:
            counts[r.informant] = counts.get(r.informant, 0) + 1
    return sorted(counts.items())


def write_member_check(project: Project, informant: str, path: str | os.PathLike[str],
                       identifiers: list[str] | None = None, mark_sent: bool = True,
                       info: MemberCheckInfo | None = None) -> MemberCheckResult:
    info = info or MemberCheckInfo(project_title=project.name)
    rows = unique_quotes(r for r in load_quotes(project, informant=informant) if r.quote_id is not None)
    if not rows:
        raise KondensError(N_("{project}: informant {informant} has no quotes to check"),
                           project=project.name, informant=informant)
    rows.sort(key=lambda r: (r.transcript, r.first_line))
    if identifiers:
        check_texts([r.text for r in rows] + [t for r in rows for _, t in r.dialogue], identifiers,
                    N_("member-check packet"))
    doc = new_document(f"Sitatsjekk {informant}")
    ensure_styles(doc)
    doc.add_heading("Sitatsjekk", level=0)
    title = info.project_title or project.name
    for label, value in (("Prosjekt", title), ("Informant", informant), ("Forsker", info.researcher),
                         ("Kontakt", info.contact), ("Svarfrist", info.return_by)):
        if value.strip():
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(f"{label}: ").bold = True
            p.add_run(value.strip())
    doc.add_paragraph()
    doc.add_paragraph(INTRO)
    doc.add_heading("Slik gjør du", level=2)
    deadline = f" innen {info.return_by.strip()}" if info.return_by.strip() else ""
    for step in STEPS:
        doc.add_paragraph(step.format(deadline=deadline), style="List Number")
    muted(doc, f"{len(rows)} sitater · l. = linjenummer i utskriften av intervjuet")
    table = fixed_table(doc, COLUMN_WIDTHS_CM)
    widths = tuple(Cm(w) for w in COLUMN_WIDTHS_CM)
    for cell, head, w in zip(table.rows[0].cells, ("Nr.", "Sitat", "Godkjent? Kommentar"), widths, strict=True):
        cell.width = w
        cell.paragraphs[0].add_run(head).bold = True
    for n, r in enumerate(rows, 1):
        cells = table.add_row().cells
        for cell, w in zip(cells, widths, strict=True):
            cell.width = w
        cells[0].text = str(n)
        q = quote_lines(r, "full")
        p = cells[1].paragraphs[0]
        for i, (who, text) in enumerate(q.lines):
            if i:
                p.add_run().add_break()
            if who:
                p.add_run(f"{who}: ").bold = True
            p.add_run(text)
        ref = cells[1].add_paragraph().add_run(f"({q.reference})")
        ref.style = doc.styles[REFERENCE_STYLE]
        ref.font.size = Pt(9)
        box = cells[2].paragraphs[0]
        box.add_run("☐ Ja   ☐ Nei, endre")
        cells[2].add_paragraph("Kommentar:")
        for _ in range(3):
            cells[2].add_paragraph()
    save(doc, Path(path))
    changes = Changes()
    if mark_sent:
        ids = [r.quote_id for r in rows if r.status == "not_sent" and r.quote_id is not None]
        with project.transaction(f"Member check sent to {informant}") as tx:
            set_statuses_in(tx.session, ids, "sent")
            tx.value = len(ids)
        changes = tx.changes
    return MemberCheckResult(len(rows), changes)
