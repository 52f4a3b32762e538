"""Under Bokmål a user meets no English: every dock, menu, context menu and dialog of the demo, walked.

The walk (``app.i18n_audit.walk_application``) collects window titles, labels, buttons, actions and their
tips, tabs, headers, item texts, placeholders and tooltips; a text counts as English when it holds a common
English UI word that is not also Norwegian. The catalogue must also have no unfinished entry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.i18n import TRANSLATIONS, install_translator
from app.i18n_audit import english_words, report, untranslated, walk_application
from app.i18n_build import unfinished


def test_the_audit_tells_english_from_norwegian() -> None:
    assert english_words("&Open project…") == ["Open", "project"]
    assert english_words("&Åpne prosjekt…") == []
    assert english_words("Kari for Per til Bodø") == []  # Norwegian words that are also English are not flagged
    assert english_words("/home/kari/keys/x.kondenskey") == []


def test_catalogue_has_no_unfinished_entry() -> None:
    todo = unfinished(TRANSLATIONS / "kondens_nb.ts")
    assert not todo, "\n".join(f"{c}: {s!r}" for c, s in todo[:50])


def test_no_english_anywhere_under_bokmal(qtbot, monkeypatch, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from app.main_window import MainWindow

    monkeypatch.setenv("KONDENS_LANG", "nb")
    app = QApplication.instance()
    translators = install_translator(app)  # type: ignore[arg-type]
    assert translators
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1600, 1000)
        w.show()
        assert w.open_path(demo_copy)
        problems = untranslated(walk_application(w))
        assert not problems, report(problems)
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]
