"""The supervisor report's review section: open comments, and what changed since the last review copy.

Present only when the project has sent a review copy (``review_rounds``); otherwise it adds nothing.
Built from stored, de-identified data only (comment text was checked by the detector on import).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coding.snapshots import DiffWords, SnapshotDiff, capture, diff
from coding.store import Project
from coding.store.models import ReviewRound, Snapshot
from coding.supervision.model import ThreadView
from coding.supervision.threads import list_threads


@dataclass
class ReviewSection:
    rounds: int = 0
    last_sent: str = ""
    open_threads: list[ThreadView] = field(default_factory=list)
    replies: dict[str, list[ThreadView]] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.rounds == 0

    def texts(self) -> list[str]:
        out = self.changes[:]
        for t in self.open_threads:
            out += [t.text, t.where, t.anchor.quote, *(r.text for r in self.replies.get(t.guid, []))]
            if t.suggestion is not None:
                out.append(t.suggestion.describe())
        return out


NB_WORDS = DiffWords(
    nowhere="uten temaområde",
    theme_renamed="Tema omdøpt: {} → {}", theme_merged="Tema slått sammen: {} → inn i {}",
    theme_added="Nytt tema: {}", theme_removed="Tema fjernet: {}",
    subgroup_moved="Subgruppe flyttet: {}: {} → {}",
    code_renamed="Kode omdøpt: {} → {}", code_moved="Kode flyttet: {}: {} → {}",
    code_merged="Kode slått sammen: {} → inn i {}", code_added="Ny kode: {}", code_removed="Kode fjernet: {}",
)


def lines_nb(d: SnapshotDiff) -> list[str]:
    """The snapshot diff in plain Bokmål, one change a line (the review section, the report, review mode);
    words as in METHOD.md's vocabulary (subgruppe, temaområde)."""
    return d.lines(NB_WORDS)


def build(project: Project) -> ReviewSection:
    with project.read() as s:
        last = s.scalar(select(ReviewRound).order_by(ReviewRound.number.desc(), ReviewRound.id.desc()).limit(1))
        if last is None:
            return ReviewSection()
        rounds = last.number
        sent = last.exported
        snap = s.get(Snapshot, last.snapshot_id) if last.snapshot_id is not None else None
        old: dict[str, Any] | None = json.loads(snap.data) if snap is not None and snap.data else None
    views = list_threads(project)
    sec = ReviewSection(rounds, sent, [v for v in views if v.is_thread and v.status == "open"])
    for v in views:
        if v.parent is not None and v.text:
            sec.replies.setdefault(v.parent, []).append(v)
    if old is not None:
        sec.changes = lines_nb(diff(old, capture(project)))
    return sec


def _ref(t: ThreadView) -> str:
    where = t.where + (" (objektet finnes ikke lenger)" if t.orphan else "")
    return f"{where} · {t.author or 'veileder'}, {t.created[:10]}"


def add_docx(doc: Any, sec: ReviewSection) -> None:
    if sec.empty:
        return
    doc.add_heading("Veiledning", level=1)
    p = doc.add_paragraph(f"Sendt til veileder {sec.rounds} gang(er), sist {sec.last_sent[:10]}.")
    p.runs[0].italic = True
    doc.add_heading("Endringer siden siste veiledning", level=2)
    for ln in sec.changes or ["Ingen endringer i temahierarkiet."]:
        doc.add_paragraph(ln, style="List Bullet")
    doc.add_heading("Åpne kommentarer", level=2)
    if not sec.open_threads:
        doc.add_paragraph("Ingen åpne kommentarer.")
    for t in sec.open_threads:
        p = doc.add_paragraph()
        p.add_run(_ref(t)).bold = True
        if t.suggestion is not None:
            p.add_run(f"\nForslag: {t.suggestion.describe()}").italic = True
        if t.text:
            p.add_run("\n" + t.text)
        for r in sec.replies.get(t.guid, []):
            doc.add_paragraph(f"{r.author or r.role}: {r.text}", style="List Bullet")


def add_to_docx(path: Path, sec: ReviewSection) -> Path:
    """Append the section to a report written at ``path`` (reopened, then saved atomically again)."""
    if sec.empty:
        return path
    from docx import Document

    from exports.docxutil import save

    doc = Document(str(path))
    add_docx(doc, sec)
    return save(doc, path)


def render_html(sec: ReviewSection) -> str:
    if sec.empty:
        return ""
    e = html.escape
    out = ["<h2>Veiledning</h2>",
           f"<p class=\"meta\">Sendt til veileder {sec.rounds} gang(er), sist {e(sec.last_sent[:10])}.</p>",
           "<h3>Endringer siden siste veiledning</h3><ul>"
           + "".join(f"<li>{e(ln)}</li>" for ln in sec.changes or ["Ingen endringer i temahierarkiet."]) + "</ul>",
           "<h3>Åpne kommentarer</h3>"]
    if not sec.open_threads:
        out.append("<p>Ingen åpne kommentarer.</p>")
    for t in sec.open_threads:
        sug = f"<br><em>Forslag: {e(t.suggestion.describe())}</em>" if t.suggestion is not None else ""
        reps = "".join(f"<li>{e(r.author or r.role)}: {e(r.text)}</li>" for r in sec.replies.get(t.guid, []))
        out.append(f"<p><strong>{e(_ref(t))}</strong>{sug}<br>{e(t.text)}</p>" + (f"<ul>{reps}</ul>" if reps else ""))
    return "\n".join(out)


def into_html(page: str, sec: ReviewSection) -> str:
    """The report page with the section inserted before ``</body>``."""
    extra = render_html(sec)
    return page.replace("</body></html>", extra + "\n</body></html>") if extra else page
