"""Opening a project in the window: the last transcript is shown first, the backup and the search index
come as the executor's first job (before any write), and hidden panels read nothing until shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project


def _transcript(label: str) -> NewTranscript:
    text = f"Hvordan begynte du med musikk?\n\nJeg begynte i koret, sier {label}."
    return NewTranscript(title=f"Intervju {label}", text=text, source_format="txt", informant_label=label,
                         word_count=10, turns=(NewTurn("I", "interviewer", 0, 30),
                                               NewTurn(label, "informant", 32, len(text))),
                         lines=(NewLine(0, 0, 30), NewLine(1, 32, len(text))))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "open.kondens"
    with Project.create(p) as project:
        for label in "ABC":
            add_transcript(project, _transcript(label))
    return p


@pytest.fixture
def jobs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of every job submitted to any project executor, in order."""
    from app.executor import ProjectExecutor

    seen: list[str] = []
    real = ProjectExecutor.submit

    def spy(self: Any, label: str, fn: Any, **kw: Any) -> Any:
        seen.append(label)
        return real(self, label, fn, **kw)

    monkeypatch.setattr(ProjectExecutor, "submit", spy)
    return seen


def test_open_shows_the_transcript_last_open(qtbot: Any, path: Path) -> None:
    from app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    assert w.coding_view.transcript is not None and w.coding_view.transcript.title == "Intervju A"
    w.show_transcript(3)
    w.close_project()
    assert w.open_path(path)
    assert w.coding_view.transcript is not None and w.coding_view.transcript.id == 3
    assert w.transcript_list.currentIndex().row() == w.transcripts.row_of(3)
    w.close()


def test_backup_and_index_are_the_first_job_before_any_write(qtbot: Any, path: Path, jobs: list[str]) -> None:
    from app.main_window import MainWindow
    from coding.services.codes import create_code
    from transcripts.search import _INDEXES

    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    assert w.ctx is not None
    w.ctx.run("New code", create_code, "kor")
    assert "Opening project" in jobs and jobs.index("Opening project") < jobs.index("New code")
    assert not any(j.startswith(("Undo", "Redo")) for j in jobs[:jobs.index("Opening project")])
    w.ctx.wait_idle()
    assert w.ctx.project in _INDEXES  # the commit hook was in place for the first write …
    assert list((path / "backups").glob("*open*"))  # … and the backup taken before it
    from transcripts.search import index_for

    assert index_for(w.ctx.project).search("koret").total == 3
    w.close()


def test_hidden_panels_read_nothing_at_open(qtbot: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDockWidget

    import app.exports.dock as quotes_mod
    import app.guide.dock as guide_mod
    import app.themes.dock as themes_mod
    from app.main_window import MainWindow

    calls: list[str] = []

    def counting(name: str, fn: Any) -> Any:
        def wrapped(*a: Any, **k: Any) -> Any:
            calls.append(name)
            return fn(*a, **k)
        return wrapped

    monkeypatch.setattr(quotes_mod, "load_quotes", counting("quotes", quotes_mod.load_quotes))
    monkeypatch.setattr(themes_mod, "hierarchy", counting("themes", themes_mod.hierarchy))
    monkeypatch.setattr(guide_mod, "method_steps", counting("guide", guide_mod.method_steps))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    for d in w.findChildren(QDockWidget):
        d.hide()
    w._welcome_docks = []  # the project comes back with no dock shown
    assert w.open_path(path)
    assert w.coding_view.transcript is not None  # the transcript itself is shown
    assert w.ctx is not None
    w.ctx.wait_idle()
    assert calls == [], calls
    docks = {d.objectName(): d for d in w.findChildren(QDockWidget)}
    docks["QuotesDock"].show()
    docks["ThemeDock"].show()
    docks["guideDock"].show()
    qtbot.waitUntil(lambda: {"quotes", "themes", "guide"} <= set(calls))
    w.close()
