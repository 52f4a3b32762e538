"""The review widget as a researcher uses it: reject, accept, re-categorise, mark by hand."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.review import ReviewWidget
from app.review.models import EntityModel, OccurrenceModel
from transcripts.deid.types import Span, Tagger, apply_spans
from transcripts.importing.review import BatchReview

TEXT = ("Jeg begynte på Fjellsiden skole i Bodø.\n\nKari var lærer, og Kari spilte gitar i Moss.\n\n"
        "Per Hagen ringte på 912 34 567. Karis bror bodde i Bodø.")


def sp(s: str, cat: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return Span(i, i + len(s), cat, s, "test")


SPANS = [sp("Fjellsiden skole", "institution"), sp("Bodø", "place"), sp("Kari", "person"), sp("Kari", "person", 1),
         sp("Per Hagen", "person"), sp("912 34 567", "phone"), sp("Karis", "person"), sp("Bodø", "place", 1)]


def eid_of(w: ReviewWidget, label: str) -> int:
    return next(e.eid for e in w.batch.entities if e.label == label)


def idx(w: ReviewWidget, label: str, col: int):  # type: ignore[no-untyped-def]
    return w.entity_model.entity_index(eid_of(w, label), col)


def replaced(w: ReviewWidget) -> str:
    did = w.current_document()
    assert did is not None
    tagger = Tagger("nb")
    w.batch.prepare_tagger(tagger, did)
    return apply_spans(TEXT, w.accepted_spans(), tagger)


def make(qtbot: object) -> ReviewWidget:
    w = ReviewWidget()
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.resize(1100, 600)
    w.set_document(TEXT, SPANS)
    return w


def test_models_pass_qtmodeltester(qtmodeltester: object) -> None:
    batch = BatchReview()
    batch.add_document("a.txt", TEXT, SPANS)
    batch.add_document("b.txt", TEXT, [dataclasses.replace(s, confident=s.text != "Bodø") for s in SPANS])
    em = EntityModel(batch)
    em.refresh()
    qtmodeltester.check(em)  # type: ignore[attr-defined]
    om = OccurrenceModel(batch)
    om.set_entity(batch.entities[2].eid)
    qtmodeltester.check(om)  # type: ignore[attr-defined]
    assert om.rowCount() == 6  # Kari, Kari, Karis in each of the two files


def test_accept_replaces_everywhere_and_reject_keeps(qtbot: object, tmp_path: Path) -> None:
    w = make(qtbot)
    assert [e.label for e in w.batch.entities] == ["Fjellsiden skole", "Bodø", "Kari", "Per Hagen", "912 34 567"]
    assert w.counts() == (5, 8)
    out = replaced(w)
    assert "Kari" not in out and "Bodø" not in out and "Per Hagen" not in out
    assert out.count("[navn 1]") == 3 and out.count("[sted 1]") == 2

    # reject an entity by its checkbox, as a click would
    with qtbot.waitSignal(w.changed):  # type: ignore[attr-defined]
        i = idx(w, "Per Hagen", EntityModel.ACCEPT)
        assert w.entity_model.setData(i, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    out = replaced(w)
    assert "Per Hagen ringte" in out and "[navn 1] bror" in out
    assert w.counts() == (4, 7)
    assert "4 entities, 7 occurrences in 1 files will be replaced" in w.count_label.text()
    assert "1 proposals unticked" in w.count_label.text()
    assert idx(w, "Per Hagen", EntityModel.TAG).data() == "kept"
    assert idx(w, "Kari", EntityModel.TAG).data() == "[navn 1]"

    # reject one occurrence only: the entity becomes partially checked
    w.select_entity(eid_of(w, "Bodø"))
    assert w.occurrence_model.rowCount() == 2
    w.occurrence_model.setData(w.occurrence_model.index(1), Qt.CheckState.Unchecked.value,
                               Qt.ItemDataRole.CheckStateRole)
    assert idx(w, "Bodø", 0).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.PartiallyChecked
    assert replaced(w).endswith("bodde i Bodø.") and "[institusjon 1] i [sted 1]." in replaced(w)

    # reject all / accept all buttons
    qtbot.mouseClick(w.reject_all, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert w.accepted_spans() == [] and replaced(w) == TEXT
    qtbot.mouseClick(w.accept_all, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(w.accepted_spans()) == 8
    w.grab().save(str(tmp_path / "review.png"))


def test_change_category(qtbot: object) -> None:
    w = make(qtbot)
    i = idx(w, "Fjellsiden skole", EntityModel.CATEGORY)
    assert w.entity_model.setData(i, "place", Qt.ItemDataRole.EditRole)
    assert {s.category for s in w.accepted_spans() if s.text == "Fjellsiden skole"} == {"place"}
    # place entities now number in text order: Fjellsiden skole first
    assert replaced(w).startswith("Jeg begynte på [sted 1] i [sted 2].")


def test_manual_mark_every_occurrence(qtbot: object) -> None:
    w = make(qtbot)
    start = TEXT.index("Moss")
    cur = w.text_view.textCursor()
    cur.setPosition(start)
    cur.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    w.text_view.setTextCursor(cur)
    assert w.mark_button.isEnabled() and "(1 found)" in w.mark_every.text()
    w.mark_category.setCurrentIndex(w.mark_category.findData("place"))
    qtbot.mouseClick(w.mark_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "gitar i [sted 2]." in replaced(w)
    assert any(s.source == "manual" and s.text == "Moss" for s in w.accepted_spans())

    # a string that occurs twice, marked with "every occurrence" and then without it
    w2 = make(qtbot)
    w2.set_document(TEXT, [])
    start = TEXT.index("Bodø")
    cur = w2.text_view.textCursor()
    cur.setPosition(start)
    cur.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    w2.text_view.setTextCursor(cur)
    assert "(2 found)" in w2.mark_every.text()
    assert w2.mark_selection() == 2
    assert "Bodø" not in replaced(w2)
    w2.set_document(TEXT, [])
    cur = w2.text_view.textCursor()
    cur.setPosition(start)
    cur.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    w2.text_view.setTextCursor(cur)
    w2.mark_every.setChecked(False)
    assert w2.mark_selection() == 1
    assert replaced(w2).count("Bodø") == 1


def test_always_list_and_tag_preview_from_key(qtbot: object) -> None:
    w = ReviewWidget()
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.set_document(TEXT, SPANS, mapping={"person:kari": "[navn 7]"}, always=["Ola"])
    w.select_entity(eid_of(w, "Per Hagen"))
    qtbot.mouseClick(w.always_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert w.always_identifiers() == ["Ola", "Per Hagen"]
    assert idx(w, "Kari", EntityModel.TAG).data() == "[navn 7]"
    # New entities are numbered after the highest number the key already uses, never into it.
    assert idx(w, "Per Hagen", EntityModel.TAG).data() == "[navn 8]"
