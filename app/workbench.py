"""The typed plug-in API: what ``app/<pkg>/install.py`` and the docks it makes may use of the window.

The shape of Anki's typed ``mw`` with ``gui_hooks``: a plug-in receives a :class:`Workbench` (the main
window implements it; tests pass small fakes) and uses only what is declared here — no ``hasattr``
probing, no attributes hung on the window. What one plug-in offers another (a dock, the current code)
goes through the registries: ``register_dock``/``dock`` and ``set_current_code_provider``/
``current_code_id``. The implementation is a QWidget, so a plug-in may parent dialogs and actions on it.
UI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

if TYPE_CHECKING:
    from app.context import ProjectContext
    from app.reader.view import CodingView


@runtime_checkable
class Workbench(Protocol):
    #: The open project, or None. Every write goes through ``ctx.run``; panels follow ``ctx.settled``.
    ctx: ProjectContext | None
    #: Emitted with the new ProjectContext (or None) whenever a project opens or closes.
    context_changed: SignalInstance
    #: The coding view (current transcript, selection and coding actions).
    coding_view: CodingView

    def tr(self, text: str) -> str:
        """Qt's translation of ``text`` in the window's context."""
        ...

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Code", "Themes", …), created on demand."""
        ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea = ...) -> None:
        """Place a dock (and its toggle in View)."""
        ...

    def show_transcript(self, transcript_id: int, start: int | None = None, end: int | None = None,
                        then: Callable[[], object] | None = None) -> None:
        """Open a transcript in the coding view, optionally selecting ``start``–``end``. Another transcript
        is read on the executor and shown when the read is back; ``then()`` runs once it is shown."""
        ...

    def current_selection(self) -> tuple[int, int, int] | None:
        """(transcript id, start, end) of the coding view's selection or current line."""
        ...

    def current_code_id(self) -> int | None:
        """The code chosen in the code tree (None if none, or no code tree is installed)."""
        ...

    def set_current_code_provider(self, provider: Callable[[], int | None]) -> None:
        """The code tree says where ``current_code_id`` comes from."""
        ...

    def register_dock(self, name: str, dock: QDockWidget) -> None:
        """Offer a dock to other plug-ins under ``name`` ("code_tree", "code_view", "memo", "search", …)."""
        ...

    def dock(self, name: str) -> QDockWidget | None:
        """The dock another plug-in registered as ``name``, or None."""
        ...

    def register_action(self, action: QAction) -> None:
        """Offer an action (by its objectName, e.g. "actionNewCode") to other plug-ins and shortcuts."""
        ...

    def action(self, name: str) -> QAction | None:
        """The action registered under ``name``, or None."""
        ...


class DockRegistry:
    """The registries a Workbench implementation holds (the main window and test fakes reuse it)."""

    def __init__(self) -> None:
        self._docks: dict[str, QDockWidget] = {}
        self._actions: dict[str, QAction] = {}
        self._code_provider: Callable[[], int | None] | None = None

    def register_dock(self, name: str, dock: QDockWidget) -> None:
        self._docks[name] = dock

    def dock(self, name: str) -> QDockWidget | None:
        return self._docks.get(name)

    def set_current_code_provider(self, provider: Callable[[], int | None]) -> None:
        self._code_provider = provider

    def register_action(self, action: QAction) -> None:
        assert action.objectName(), "a registered action needs an objectName"
        self._actions[action.objectName()] = action

    def action(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def current_code_id(self) -> int | None:
        return self._code_provider() if self._code_provider is not None else None
