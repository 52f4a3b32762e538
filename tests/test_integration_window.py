"""Every feature plugs into the real main window: all ``app.<pkg>.install`` modules load, and opening,
switching and closing a project with every dock attached does not fail."""

from __future__ import annotations

import logging
from pathlib import Path

from coding.services import codes as code_svc
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project

APP = Path(__file__).resolve().parent.parent / "app"


def _project(path: Path) -> Path:
    text = "Hvordan begynte du med musikk?\n\nJeg begynte i koret. Det var fint [latter]."
    nt = NewTranscript(title="Intervju A", text=text, source_format="txt", informant_label="A", word_count=12,
                       turns=(NewTurn("I", "interviewer", 0, 30), NewTurn("A", "informant", 32, len(text))),
                       lines=(NewLine(0, 0, 30), NewLine(1, 32, 52), NewLine(1, 53, len(text))))
    with Project.create(path) as p:
        tid = add_transcript(p, nt).value
        code = code_svc.create_code(p, "kor").value
        code_svc.apply_code(p, tid, 32, 52, code)
    return path


def test_all_plugins_install_and_survive_project_switching(qtbot, tmp_path: Path, caplog) -> None:
    from app.main_window import MainWindow

    expected = sorted(f"app.{d.name}.install" for d in APP.iterdir() if (d / "install.py").exists())
    with caplog.at_level(logging.ERROR):
        w = MainWindow()
        qtbot.addWidget(w)
    failures = [r.getMessage() for r in caplog.records if "failed to install" in r.getMessage()]
    assert not failures, failures
    assert sorted(w.plugins) == expected
    a, b = _project(tmp_path / "a.kondens"), _project(tmp_path / "b.kondens")
    with caplog.at_level(logging.ERROR):
        assert w.open_path(a)
        w.show()
        qtbot.wait(50)
        assert w.open_path(b)  # switching closes a and rewires every dock
        w.show_transcript(1, 32, 52)
        assert w.current_selection() is not None
        w.close_project()
        assert w.open_path(a, readonly=True)
        w.close()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]


def test_opening_runs_off_the_ui_thread(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Opening (backup, index rebuild) happens in a worker while the window keeps processing events."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    import app.main_window as mw
    import transcripts.workspace as workspace

    path = _project(tmp_path / "slow.kondens")
    real = workspace.open_project
    threads: list[bool] = []

    def slow_open(p, readonly=False, defer=False):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.5)
        return real(p, readonly=readonly, defer=defer)

    monkeypatch.setattr(workspace, "open_project", slow_open)  # the window imports it when it opens one
    w = mw.MainWindow()
    qtbot.addWidget(w)
    ticks: list[int] = []
    timer = QTimer(w, interval=50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert w.open_path(path)
    timer.stop()
    assert threads == [False] and len(ticks) >= 4
    assert w.ctx is not None and w.transcripts.rowCount() == 1
    w.close()
