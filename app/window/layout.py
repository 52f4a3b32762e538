"""First-start geometry of the main window: fit the screen, and widths for the side docks and the
transcript list that leave the coding view the room (1366×768 laptops as well as 1920×1080 screens)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableView

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
