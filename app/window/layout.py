"""The main window's layout: first-start geometry (fit the screen, widths for the side docks and the
transcript list that leave the coding view the room, on 1366×768 laptops as well as 1920×1080 screens)
and :class:`DockArrangement`, the docks' arrangement around the welcome page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView

#: Below this the window opens maximised: a laptop's screen has no room to spare for a smaller window.
SMALL_SCREEN = (1600, 950)


def fit_window_to_screen(window: QMainWindow) -> None:
    """Size a first-start window to its screen: 92 % of a large screen (at most 1680×1050), the whole
    available area (maximised) of a small one, never larger than the screen."""
    from PySide6.QtCore import Qt

    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    if room.width() < SMALL_SCREEN[0] or room.height() < SMALL_SCREEN[1]:
        window.resize(room.width(), room.height())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(min(1680, int(room.width() * 0.92)), min(1050, int(room.height() * 0.92)))


def side_dock_widths(window_width: int) -> tuple[int, int]:
    """(left, right) dock widths: the code and theme trees on the left need room for names and counts;
    the memo/steps dock on the right can be narrower."""
    if window_width >= 1600:
        return 330, 320
    if window_width >= 1300:
        return 300, 250
    return 240, 220


def transcript_list_width(view: QTableView, total: int) -> int:
    """The width that shows every column of the transcript list, at most 30 % of ``total``."""
    hh = view.horizontalHeader()
    need = sum(max(view.sizeHintForColumn(c), hh.sectionSizeHint(c))
               for c in range(hh.count()) if not hh.isSectionHidden(c))
    need += 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 4
    return max(150, min(need, int(total * 0.3)))


class DockArrangement:
    """The main window's dock arrangement (mixed into :class:`app.main_window.MainWindow`): the welcome
    page's stowing and restoring of the docks, the first-start layout, and the docks' first widths once
    the window is laid out. Uses the window's ``welcome``, ``central``, ``split``, ``transcripts`` and
    ``transcript_list``."""

    welcome: Any
    central: Any
    split: Any
    transcripts: Any
    transcript_list: Any
    _ready: bool
    _docks_sized: bool
    _list_fitted: bool
    _welcome_docks: list[QDockWidget]
    _welcome_raised: list[QDockWidget]

    def _stow_docks(self) -> None:
        """Hide the docks shown now, to bring them back with a project (of tabbed ones the front one is
        raised again, so the tabs come back as they were)."""
        shown = [d for d in self.findChildren(QDockWidget) if d.isVisibleTo(self)]
        self._welcome_raised += [d for d in shown if not self.tabifiedDockWidgets(d)
                                 or not d.visibleRegion().isEmpty()]
        self._welcome_docks += shown
        for d in shown:
            d.hide()

    def _show_welcome(self, on: bool) -> None:
        """No project: the welcome page gets the whole window; the docks come back with a project."""
        if on:
            self._stow_docks()
            self.welcome.refresh()
            self.central.setCurrentWidget(self.welcome)
        else:
            for d in self._welcome_docks:
                d.show()
            # Tabbed docks come back with the tab that was in front; on the first start, with the one a
            # plug-in marked ``startRaised`` (the method guide: what a new user needs first).
            front = self._welcome_raised or [d for d in self._welcome_docks if d.property("startRaised")]
            for d in front:
                d.raise_()
            self._welcome_docks = []
            self._welcome_raised = []
            self.central.setCurrentWidget(self.split)
            self._size_docks_once()

    def _default_layout(self) -> None:
        """First start: the transcript and its code margin get the room. Docks a plug-in marked with
        the ``startHidden`` property (search, quotes, the theme workspace) wait in the View menu and
        come up from their own actions (Ctrl+F, the Themes and Export menus); the docks at the bottom
        share one place as tabs, so each gets the window's whole width."""
        bottom: list[QDockWidget] = []
        for dock in self.findChildren(QDockWidget):
            if dock.property("startHidden"):
                dock.hide()
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
                bottom.append(dock)
        for other in bottom[1:]:
            self.tabifyDockWidget(bottom[0], other)
        for dock in bottom:  # the first time one comes up it takes about 40 % of the height, not more
            dock.visibilityChanged.connect(lambda vis, d=dock: vis and self._size_bottom_dock(d))
        fit_window_to_screen(self)
        self.split.setSizes([200, 1080])

    def showEvent(self, event: object) -> None:  # noqa: D102
        super().showEvent(event)  # type: ignore[arg-type]
        self._size_docks_once()

    def _size_docks_once(self) -> None:
        """Give the side docks their first widths once they are shown in the laid-out window (sizes set
        earlier, before the window is shown or while the welcome page hides the docks, do not take)."""
        if not self._ready or self._docks_sized or not self.isVisible() or self.central.currentWidget() is not self.split:
            return
        self._docks_sized = True
        # A child timer dies with the window; 0 ms: after the pending layout pass. The window manager may
        # still maximise the window a moment later: resizes in the first second fit the docks again.
        self._dock_timer = QTimer(self, singleShot=True, interval=0)
        self._dock_timer.timeout.connect(self._narrow_side_docks)
        self._dock_timer.start()
        self._refit_on_resize = True
        QTimer.singleShot(1000, self, lambda: setattr(self, "_refit_on_resize", False))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: D102
        super().resizeEvent(event)
        if getattr(self, "_refit_on_resize", False):
            self._dock_timer.start()

    def _size_bottom_dock(self, dock: QDockWidget) -> None:
        if dock.property("sized") or dock.isFloating() or not self.isVisible():
            return
        dock.setProperty("sized", True)
        QTimer.singleShot(0, self, lambda: self.resizeDocks([dock], [int(self.height() * 0.4)],
                                                            Qt.Orientation.Vertical))

    def _narrow_side_docks(self) -> None:
        left, right = side_dock_widths(self.width())
        widths = {Qt.DockWidgetArea.LeftDockWidgetArea: left, Qt.DockWidgetArea.RightDockWidgetArea: right}
        side = [d for d in self.findChildren(QDockWidget) if d.isVisibleTo(self) and self.dockWidgetArea(d) in widths]
        self.resizeDocks(side, [widths[self.dockWidgetArea(d)] for d in side], Qt.Orientation.Horizontal)
        if self.transcripts.rowCount():
            self._fit_transcript_list()
        for d in side:  # the first start shows the method guide in front of its tab group
            if d.property("startRaised"):
                d.raise_()

    def _fit_transcript_list(self) -> None:
        """First layout: the transcript list as wide as its columns, within a third of the room."""
        self._list_fitted = True
        total = sum(self.split.sizes())
        room = transcript_list_width(self.transcript_list, total)
        self.split.setSizes([room, max(0, total - room)])
