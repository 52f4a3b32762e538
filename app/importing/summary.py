"""What the import summary says about de-identification: replacements per category and per file, and how
many proposals the researcher unticked (so nobody has to guess what happened to the text)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from app.review.models import category_labels
from transcripts.importing.review import BatchReview


def _per_category(counts: Counter[str]) -> str:
    labels = category_labels()
    parts = [f"{labels.get(c, c)} {n}" for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return ", ".join(parts) if parts else QCoreApplication.translate("ImportSummary", "nothing")


def summary_lines(batch: BatchReview, committed: list[int]) -> list[str]:
    """Lines for the committed documents of ``batch`` (document ids), then a total."""
    if not committed:
        return []
    out = ["", QCoreApplication.translate("ImportSummary", "Replaced by tags:")]
    total: Counter[str] = Counter()
    unticked = 0
    for did in committed:
        doc = batch.docs.get(did)
        if doc is None:
            continue
        per = batch.per_category(did)
        total.update(per)
        n = batch.unticked(did)
        unticked += n
        out.append(QCoreApplication.translate("ImportSummary", "{0}: {1}; {2} proposals unticked (text kept)").format(doc.name, _per_category(per), n))
    out.append(QCoreApplication.translate("ImportSummary", "In total: {0}; {1} proposals unticked.").format(_per_category(total), unticked))
    if batch.ruled_out:
        out.append(QCoreApplication.translate("ImportSummary", "{0} detections were not proposed because they are on the never-list.").format(
            batch.ruled_out))
    return out
