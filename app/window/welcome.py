"""The welcome page shown while no project is open: recent projects with their counts, New, Open, Open demo,
and a short strip saying how Kondens works.

Counts are read from each recent project's database read-only (no lock, no backup) on a background
thread, so the page (and the window's first paint) never waits for SQLAlchemy or a slow drive; until a
project's counts are there its line says "…". A project that cannot be read is listed with the reason
instead. The widgets are main thread only.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.i18n import tr_error

PathRole = Qt.ItemDataRole.UserRole + 1


def project_counts(path: str) -> str:
    """"4 transcripts · 32 codes · 180 coded segments", or why the project cannot be read."""
    from coding.errors import KondensError
    from coding.queries import project_info
    from coding.store import Project

    if path.lower().startswith(("postgresql://", "postgres://")):
        return QCoreApplication.translate("WelcomePage", "team project on a server")  # no round trip here
    if not Path(path, "project.db").is_file():
        return QCoreApplication.translate("WelcomePage", "not found")
    try:
        with Project.open(path, readonly=True) as p:
            info = project_info(p)
    except (KondensError, OSError) as e:
        return tr_error(e).split(":")[-1].strip() or QCoreApplication.translate("WelcomePage", "cannot be read")
    except Exception:  # noqa: BLE001  # e.g. sqlite3.Error while the folder is being copied or removed
        return QCoreApplication.translate("WelcomePage", "cannot be read")
    return QCoreApplication.translate("WelcomePage", "%1 transcripts · %2 codes · %3 coded segments").replace("%1", str(info.transcripts)) \
        .replace("%2", str(info.codes)).replace("%3", str(info.segments))


class WelcomePage(QWidget):
    """Emits ``open_requested(path)``; the buttons call the window's own New/Open/demo actions."""

    open_requested = Signal(str)
    _counted = Signal(int, str, str)  # generation, path, counts text (from the counting thread)

    def __init__(self, new: Callable[[], None], open_: Callable[[], None], demo: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("<h1>Kondens</h1><p>Qualitative analysis of de-identified interviews</p>"))
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.new_button = QPushButton(self.tr("New project…"))
        self.open_button = QPushButton(self.tr("Open project…"))
        self.demo_button = QPushButton(self.tr("Open the demo project"))
        self.demo_button.setToolTip(self.tr("A finished small analysis of four fictitious interviews"))
        self.new_button.clicked.connect(new)
        self.open_button.clicked.connect(open_)
        self.demo_button.clicked.connect(demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumWidth(180)
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.recent = QListWidget()
        self.recent.setObjectName("welcomeRecent")
        self.recent.setIconSize(QSize(0, 0))
        self.recent.setSpacing(2)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("<b>Recent projects</b>")))
        recent_box.addWidget(self.recent, 1)
        self.no_recent = QLabel(self.tr("No recent projects yet. Create one, or open the demo to see a finished "
                                        "analysis."))
        self.no_recent.setWordWrap(True)
        recent_box.addWidget(self.no_recent)
        recent_box.addStretch(0)  # takes the room the empty list leaves (see refresh), so the hint sits under its title
        self.recent_box = recent_box

        steps = QFrame()
        steps.setObjectName("welcomeSteps")
        steps.setFrameShape(QFrame.Shape.StyledPanel)
        sl = QHBoxLayout(steps)
        for head, text in self._steps():
            lab = QLabel(f"<b>{head}</b><br>{text}")
            lab.setWordWrap(True)
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            sl.addWidget(lab, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 24, 48, 24)
        lay.addWidget(title)
        lay.addLayout(buttons)
        lay.addSpacing(12)
        lay.addWidget(QLabel(self.tr("<b>How Kondens works</b>")))
        lay.addWidget(steps)
        lay.addSpacing(12)
        lay.addLayout(recent_box, 1)
        self._generation = 0
        self._counted.connect(self._show_counts)
        self.refresh(counts=False)  # the window's own refresh (after its first paint) reads them

    def _steps(self) -> list[tuple[str, str]]:
        return [
            (self.tr("1. Import"), self.tr("Word, text, ODT, RTF, subtitles or Teams files (Ctrl+I).")),
            (self.tr("2. De-identify"), self.tr("Names, places and institutions become tags such as [navn&nbsp;1]; "
                                               "you review every proposal.")),
            (self.tr("3. Code"), self.tr("Line by line with the keyboard, in one or more passes.")),
            (self.tr("4. Theme areas"), self.tr("Sort codes into theme areas and subgroups; write condensates "
                                               "and pick golden quotes.")),
            (self.tr("5. Re-read and export"), self.tr("Check themes against whole transcripts, then export "
                                                      "quotes and reports.")),
        ]

    def refresh(self, counts: bool = True) -> None:
        """List the recent projects; with ``counts``, read their counts on a background thread."""
        self._generation += 1
        self.recent.clear()
        paths = settings.recent_projects()
        for path in paths:
            item = QListWidgetItem(self._line(path, "…"))
            item.setData(PathRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.no_recent.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)
        self.recent_box.setStretch(3, 0 if self.recent.count() else 1)
        if counts and paths:
            gen, emit = self._generation, self._counted.emit

            def count_all() -> None:  # no widgets here: the texts go back by the queued signal
                for path in paths:
                    try:
                        emit(gen, path, project_counts(path))
                    except RuntimeError:  # the page is gone (the window closed)
                        return

            threading.Thread(target=count_all, name="welcome-counts", daemon=True).start()

    def _line(self, path: str, counts: str) -> str:
        return f"{Path(path).name.removesuffix('.kondens')}\n{counts} — {self._short(path)}"

    def _show_counts(self, generation: int, path: str, counts: str) -> None:
        if generation != self._generation:
            return  # listed again since
        for i in range(self.recent.count()):
            item = self.recent.item(i)
            if item.data(PathRole) == path:
                item.setText(self._line(path, counts))

    @staticmethod
    def _short(path: str) -> str:
        home = str(Path.home())
        return "~" + path[len(home):] if path.startswith(home + os.sep) else path

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PathRole)
        if path:
            self.open_requested.emit(str(path))
