"""The main window shell: projects, the transcript list, the coding view, menus, docks and plug-ins.

Plug-in API: the window implements :class:`app.workbench.Workbench` (``ctx``, ``context_changed``,
``menu(name)``, ``add_dock``, ``show_transcript``, ``current_selection``, ``current_code_id``, ``coding_view``,
and the ``register_dock``/``dock`` registry). At start every module ``app.<pkg>.install``
that exists is imported and its ``install(window)`` called; a failing plug-in is logged, not fatal.
Main thread only.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.empty_hint import EmptyHint
from app.i18n import count, tr_error
from app.window.background import run_in_background
from app.window.layout import DockArrangement
from app.window.welcome import WelcomePage
from app.workbench import DockRegistry
from coding.changes import Changes
from coding.errors import KondensError

if TYPE_CHECKING:
    from app.context import ProjectContext

# The window's first paint needs none of the store (SQLAlchemy, Alembic), the search index or the coding
# view: those modules are imported by ``finish_setup`` (and the project methods), after the first paint
# when ``kondens gui`` starts without a project.

log = logging.getLogger(__name__)

MENU_ORDER = ["File", "Edit", "Code", "Themes", "Search", "Export", "Project", "View", "Help"]


class MainWindow(DockArrangement, QMainWindow):
    context_changed = Signal(object)  # ProjectContext | None

    def __init__(self, parent: QWidget | None = None, defer: bool = False) -> None:
        """The window with its menus and the welcome page; then :meth:`finish_setup` (the transcript list,
        the coding view and every plug-in), at once or, with ``defer``, when the caller calls it (``kondens
        gui`` without a project: after the first paint, so the window shows before the store is imported)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._ready = False
        self.ctx: ProjectContext | None = None
        self._rows_for: ProjectContext | None = None  # the context whose transcript list is loaded
        self.openers: dict[str, Callable[[str], bool]] = {}  # file suffix → plug-in that opens it (".kondensreview")
        self._registry = DockRegistry()  # what plug-ins offer each other (app.workbench)
        self._menus: dict[str, QMenu] = {}
        self._menu_titles = {
            "File": self.tr("&File"), "Edit": self.tr("&Edit"), "Code": self.tr("&Code"),
            "Themes": self.tr("&Themes"), "Search": self.tr("&Search"), "Export": self.tr("E&xport"),
            "Project": self.tr("&Project"), "View": self.tr("&View"), "Help": self.tr("&Help"),
        }
        self.welcome = WelcomePage(self.new_project_dialog, self.open_project_dialog, self.open_demo, self)
        self.welcome.open_requested.connect(self.open_path)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        # A team project whose server could not be reached opens from its offline copy: say so above all.
        self.offline_banner = QLabel(self)
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet("QLabel#offlineBanner { background: #fff3bf; color: #5c3c00; "
                                          "padding: 6px; border-bottom: 1px solid #e0c060; }")
        self.offline_banner.hide()
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.offline_banner)
        col.addWidget(self.central, 1)
        self.setCentralWidget(body)
        self.status_project = QLabel(self)
        self.status_where = QLabel(self)
        self.statusBar().addWidget(self.status_project, 1)
        self.statusBar().addPermanentWidget(self.status_where)
        self._build_menus()
        self.resize(1280, 820)
        geo, state = settings.window_state()
        if geo is not None:
            self.restoreGeometry(geo)
        self._saved_state = state
        self._set_title()
        self._welcome_docks: list[QDockWidget] = []
        self._welcome_raised: list[QDockWidget] = []
        self.plugins: list[str] = []
        if not defer:
            self.finish_setup()

    def finish_setup(self) -> None:
        """The transcript list, the coding view, the Code menu and the plug-ins, then the docks as saved.
        Idempotent; every method that needs a project calls it first."""
        if self._ready:
            return
        self._ready = True
        from app.reader.view import CodingView
        from app.window.transcript_actions import TranscriptListActions
        from app.window.transcript_model import TranscriptListModel

        self.transcripts = TranscriptListModel(self)
        self.transcript_list = QTableView(self)
        self.transcript_list.setObjectName("transcriptList")
        self.transcript_list.setModel(self.transcripts)
        self.transcript_hint = EmptyHint(self.transcript_list, self.tr(
            "No transcripts yet.\nFile → Import transcripts… (Ctrl+I)."))
        self.transcript_list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.transcript_list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.transcript_list.verticalHeader().hide()
        self.transcript_list.setShowGrid(False)
        self.transcript_list.setAlternatingRowColors(True)
        hh = self.transcript_list.horizontalHeader()
        # Sized to their contents when the rows are loaded, not on every change: ResizeToContents would scan
        # every row after each coding's count update. The title keeps its width (a narrow list scrolls
        # sideways rather than squeezing the title to "I…"); the last column takes what is left over.
        for c in range(5):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setResizeContentsPrecision(40)  # sized from the first rows: each row asks Python for its text
        self.transcript_list.activated.connect(self._on_transcript_activated)
        self.transcript_list.clicked.connect(self._on_transcript_activated)
        self.transcript_actions = TranscriptListActions(self)  # rename (F2), replace, delete
        self.coding_view = CodingView(self)
        self.coding_view.current_line_changed.connect(self._update_status)
        self.coding_view.transcript_opened.connect(self._on_transcript_opened)
        self.coding_view.segments_taken.connect(self._on_segments_taken)
        self._last_shown: tuple[str, int] | None = None  # (project location, transcript) not yet remembered
        self._last_shown_timer = QTimer(self, singleShot=True, interval=1000)
        self._last_shown_timer.timeout.connect(self._remember_last_shown)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("mainSplitter")
        split.addWidget(self.transcript_list)
        split.addWidget(self.coding_view)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 900])
        self.central.addWidget(split)
        self.split = split
        c = self.menu("Code")
        for a in self.coding_view.actions.menu_actions():
            c.addSeparator() if a is None else c.addAction(a)
        self.plugins = self.load_plugins()
        self._quit_last()
        # First start (nothing saved): the docks get their widths once a project shows them in a laid-out
        # window (see _size_docks_once); a saved arrangement is the user's and is left alone.
        state = self._saved_state
        self._docks_sized = state is not None
        self._list_fitted = state is not None
        if state is not None:
            self.restoreState(state)
        else:
            self._default_layout()
        self._show_welcome(True)
        if self.isVisible():  # set up after the first paint: Qt shows the docks just added a moment later
            QTimer.singleShot(0, lambda: self._stow_docks() if self.ctx is None else None)
        self._update_enabled()

    # ---- plug-in API ------------------------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` (created on demand; known names keep the order of MENU_ORDER)."""
        if name in self._menus:
            return self._menus[name]
        m = QMenu(self._menu_titles.get(name, name), self)
        m.setObjectName(f"menu{name}")
        bar = self.menuBar()
        rank = MENU_ORDER.index(name) if name in MENU_ORDER else len(MENU_ORDER) - 1.5
        before = None
        for other, om in self._menus.items():
            orank = MENU_ORDER.index(other) if other in MENU_ORDER else len(MENU_ORDER) - 1.5
            if orank > rank and (before is None or orank < before[0]):
                before = (orank, om)
        if before is None:
            bar.addMenu(m)
        else:
            bar.insertMenu(before[1].menuAction(), m)
        self._menus[name] = m
        return m

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> None:
        if not dock.objectName():
            dock.setObjectName(f"dock_{dock.windowTitle() or id(dock)}")
        self.addDockWidget(area, dock)
        self.menu("View").addAction(dock.toggleViewAction())
        if self._saved_state is not None:
            self.restoreDockWidget(dock)

    def show_transcript(self, transcript_id: int, start: int | None = None, end: int | None = None,
                        then: Callable[[], object] | None = None) -> None:
        """Open a transcript in the coding view (read on the executor; shown, and ``then()`` called, when the
        read is back), with the cursor at ``start``."""
        self.coding_view.open_transcript(transcript_id, start, end, then=then)
        self.coding_view.editor.setFocus()

    def current_selection(self) -> tuple[int, int, int] | None:
        return self.coding_view.current_selection()

    def current_code_id(self) -> int | None:
        return self._registry.current_code_id()

    def set_current_code_provider(self, provider: Callable[[], int | None]) -> None:
        self._registry.set_current_code_provider(provider)

    def register_dock(self, name: str, dock: QDockWidget) -> None:
        self._registry.register_dock(name, dock)

    def dock(self, name: str) -> QDockWidget | None:
        return self._registry.dock(name)

    def register_action(self, action: QAction) -> None:
        self._registry.register_action(action)

    def action(self, name: str) -> QAction | None:
        return self._registry.action(name)

    def load_plugins(self) -> list[str]:
        """Import ``app.<pkg>.install`` for every subpackage of ``app`` (sorted) and call ``install(self)``."""
        import app

        loaded: list[str] = []
        if os.environ.get("KONDENS_NO_PLUGINS"):  # benchmarks/debugging: the bare shell
            return loaded
        for mod in sorted(pkgutil.iter_modules(app.__path__), key=lambda m: m.name):
            if not mod.ispkg:
                continue
            name = f"app.{mod.name}.install"
            try:
                if importlib.util.find_spec(name) is None:
                    continue
                importlib.import_module(name).install(self)
                loaded.append(name)
            except Exception:
                log.exception("plug-in %s failed to install", name)
        return loaded

    # ---- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        f = self.menu("File")
        self.act_new = f.addAction(self.tr("&New project…"), QKeySequence.StandardKey.New, self.new_project_dialog)
        self.act_open = f.addAction(self.tr("&Open project…"), QKeySequence.StandardKey.Open,
                                    self.open_project_dialog)
        self.act_open_team = f.addAction(self.tr("Open &team project…"), self.open_team_dialog)
        self.recent_menu = f.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_close = f.addAction(self.tr("&Close project"), QKeySequence.StandardKey.Close, self.close_project)
        f.addSeparator()
        self.act_quit = f.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        e = self.menu("Edit")
        self.act_undo = QAction(self.tr("&Undo"), self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setEnabled(False)
        self.act_redo = QAction(self.tr("&Redo"), self)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_redo.setEnabled(False)
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        e.addSeparator()
        self.act_coder = e.addAction(self.tr("Coder name…"), self.ask_coder)
        e.addSeparator()
        self.act_prefs = e.addAction(self.tr("Preferences…"), QKeySequence.StandardKey.Preferences,
                                     self.preferences_dialog)
        self.act_prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.menu("Code")  # filled with the coding view's actions by finish_setup
        self.menu("View")
        h = self.menu("Help")
        h.addAction(self.tr("&Keyboard shortcuts"), self._shortcuts)
        h.addAction(self.tr("Open the &data folder"), self._open_data_folder)
        h.addSeparator()
        self.act_about = h.addAction(self.tr("&About Kondens"), self._about)

    def _shortcuts(self) -> None:
        from app.window.help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _open_data_folder(self) -> None:
        from app.window.help import open_data_folder

        open_data_folder()

    def _quit_last(self) -> None:
        """Plug-ins add to the File menu after the shell: Quit goes back to the end, after a separator;
        Import transcripts (what a new project needs first) comes up beside New/Open; in Help, About
        goes last again, after what the plug-ins added."""
        f = self.menu("File")
        f.removeAction(self.act_quit)
        imp = self.action("actionImportTranscripts")
        if imp is not None and imp in f.actions():
            f.removeAction(imp)
            after = f.actions()[f.actions().index(self.act_close) + 1] if self.act_close in f.actions() else None
            f.insertAction(after, imp)  # type: ignore[arg-type]
        acts = f.actions()
        while acts and acts[-1].isSeparator():  # no doubled separator where Import was
            f.removeAction(acts.pop())
        f.addSeparator()
        f.addAction(self.act_quit)
        h = self.menu("Help")
        if self.act_about in h.actions() and h.actions()[-1] is not self.act_about:
            h.removeAction(self.act_about)
            if not h.actions()[-1].isSeparator():
                h.addSeparator()
            h.addAction(self.act_about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for p in settings.recent_projects():
            a = self.recent_menu.addAction(p)
            a.triggered.connect(lambda _c=False, p=p: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Kondens"), self.tr(
            "Kondens: qualitative analysis of de-identified interviews."))

    def preferences_dialog(self) -> None:
        from app.window.preferences import PreferencesDialog

        PreferencesDialog(self.ctx, self.coding_view, self).exec()
        self._update_status()

    def ask_coder(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Coder"), self.tr("Your name or initials:"),
                                        text=settings.coder())
        if ok:
            settings.set_coder(name)
            if self.ctx is not None:
                self.ctx.coder = name.strip()
            self._update_status()

    # ---- projects ---------------------------------------------------------------------------------
    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), str(Path.home()),
                                              self.tr("Kondens project (*.kondens)"))
        if path:
            if not path.endswith(".kondens"):
                path += ".kondens"
            from app.review.key_dialogs import create_project_with_key
            from transcripts.workspace import create_project

            def make() -> None:
                # Asks for the linking key's passphrase (or the explicit choice of none) before creating.
                project = create_project_with_key(self, path, create_project)
                if project is not None:
                    self.set_project(project)

            self._guarded(make)

    def open_project_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open project folder (NAME.kondens)"),
                                                str(Path.home()))
        if path:
            self.open_path(path)

    def open_team_dialog(self) -> None:
        """A team project on PostgreSQL: the URL only; the password comes from ~/.pgpass or a service file."""
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(self, self.tr("Open team project"), self.tr(
            "Address of the team project (postgresql://server/database or postgresql:///?service=NAME).\n"
            "The password is never typed here: it comes from ~/.pgpass (PGPASSFILE) or a libpq service file."))
        if ok and url.strip():
            self.open_path(url.strip())

    def open_demo(self) -> bool:
        """Build the demo project in the user's data folder (once) and open it."""
        from app.cli.cmd_demo import build_demo
        from app.window.help import data_folder

        folder = Path(os.environ.get("KONDENS_DEMO_DIR") or data_folder() / "demo")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = run_in_background(self, self.tr("Building the demo project…"), lambda: build_demo(folder))
        except (KondensError, OSError) as e:
            QMessageBox.warning(self, self.tr("Kondens"), tr_error(e))
            return False
        return self.open_path(path)

    def open_path(self, path: str | os.PathLike[str], readonly: bool = False) -> bool:
        self.finish_setup()
        from coding.store.lock import ProjectLocked
        from transcripts.workspace import finish_open, open_project

        team = str(path).lower().startswith(("postgresql://", "postgres://"))
        opener = None if team else self.openers.get(Path(path).suffix)
        if opener is not None:
            return opener(str(path))
        try:
            # Only the lock, a migration if one is due and interrupted scrubbing happen before the window
            # shows the project (off the UI thread: a migration can take a while). The backup copy and the
            # search index check are the executor's first job (``finish_open``), before any write.
            project = run_in_background(self, self.tr("Opening project…"),
                                        lambda: open_project(path, readonly=readonly, defer=True))
            self.set_project(project, finish=finish_open)
            return True
        except ProjectLocked as e:
            # Someone else writes to it: say who and since when, and offer to read along.
            answer = QMessageBox.question(self, self.tr("Project in use"),
                                          tr_error(e) + "\n\n" + self.tr("Open it read-only?"))
            return answer == QMessageBox.StandardButton.Yes and self.open_path(path, readonly=True)
        except KondensError as e:
            QMessageBox.warning(self, self.tr("Kondens"), tr_error(e))
            return False

    def _guarded(self, fn: object) -> bool:
        try:
            fn()  # type: ignore[operator]
            return True
        except KondensError as e:
            QMessageBox.warning(self, self.tr("Kondens"), tr_error(e))
            return False

    def set_project(self, project: object, finish: Callable[[Any], object] | None = None) -> None:
        """Wrap an opened ``coding.store.Project`` in a context and show it (closes the previous one).

        The first paint comes first: the transcript last open in this project (else the first one) is shown
        at once; the transcript list, its coded-line counts and the panels are read on the executor after it.
        ``finish(project)`` (the backup and the search index of :func:`finish_open`) is queued before any
        job that could write, so it runs before the project's first write."""
        self.finish_setup()
        from app.context import ProjectContext
        from app.reader.opening import read_chosen

        self.close_project()
        ctx = ProjectContext(project, coder=settings.coder(), parent=self)  # type: ignore[arg-type]
        self.ctx = ctx
        settings.add_recent_project(ctx.project.location)
        self._connect_undo(ctx)
        ctx.project_changed.connect(self._on_project_changed)
        ctx.failed.connect(self._on_job_failed)
        # The transcript to show (the one last open here, else the first) is read first of all, on the
        # executor, while this thread goes on building the window; the view shows it when the panels have
        # the context (see the end). The jobs queued after it (the list, the backup and index, the panels'
        # reads) wait until it is in the editor: until then the UI thread shares the interpreter with
        # nothing but that one read.
        last = settings.last_transcript(ctx.project.location)
        executor = ctx.executor

        def first_transcript(project: Any) -> Any:
            try:
                return read_chosen(project, lambda p: _first_transcript(p, last))
            finally:
                executor.hold()  # on the worker: the next job waits for release() (a threading.Event)

        first = ctx.read("First transcript", first_transcript)
        self.reload_transcripts()  # the rows (cheap) before anything else on the executor; counts follow
        if finish is not None:
            ctx.executor.submit("Opening project", finish, write=False)
        self.coding_view.set_context(ctx)
        self._show_welcome(False)
        self._set_title()
        self._update_enabled()
        self.context_changed.emit(ctx)  # the panels: visible ones queue their reads, hidden ones wait
        offline = str(getattr(project, "offline_of", "") or "")
        self.offline_banner.setVisible(bool(offline))
        if offline:
            self.offline_banner.setText(self.tr(
                "Offline: the server of this team project ({0}) cannot be reached. You see your copy from {1} "
                "(UTC), read-only; nothing can be changed until you open the project again with the server "
                "back.").format(offline, str(getattr(project, "offline_since", "") or "?").replace("T", " ")))
        if self.ctx is ctx:  # after the plug-ins took the context: they follow transcript_opened
            self.coding_view.show_when_read(first)
            self.coding_view.editor.setFocus()
        # Released by the job's own callbacks, right after the view's (not by a timer): a wait for the
        # executor (``wait_idle``, ``run_sync``) delivers them too, so it never waits on a held queue.
        first.success(lambda _opened: executor.release())
        first.failure(lambda _error: executor.release())

    def _show_first_transcript(self) -> None:
        """Nothing is open (a project just opened, or the first import just came in): open the first."""
        if self.ctx is not None and self.transcripts.rowCount() > 0 and self.coding_view.wanted_id is None:
            self.transcript_list.selectRow(0)
            self.show_transcript(self.transcripts.summary(0).id)

    def _remember_last_shown(self) -> None:
        self._last_shown_timer.stop()
        if self._last_shown is not None:
            location, tid = self._last_shown
            self._last_shown = None
            settings.set_last_transcript(location, tid)

    def close_project(self) -> None:
        self._remember_last_shown()
        if self.ctx is None:
            return
        self._finish_jobs(self.ctx)
        ctx, self.ctx = self.ctx, None
        self.coding_view.set_context(None)
        self.transcripts.set_rows([], {})
        self._connect_undo(None)
        self.context_changed.emit(None)
        ctx.close()
        ctx.deleteLater()
        self.offline_banner.hide()
        self._show_welcome(True)
        self._set_title()
        self._update_enabled()

    def _finish_jobs(self, ctx: ProjectContext) -> None:
        """Let every queued write finish before the project closes (nothing the user did is lost); a
        progress dialog shows when that takes more than a moment."""
        if ctx.wait_idle(timeout=0.3):
            return
        def finishing(n: int) -> str:
            return count(n, self.tr("Finishing 1 operation…"), self.tr("Finishing %1 operations…"))

        dlg = QProgressDialog(finishing(ctx.executor.pending), "", 0, 0, self)
        dlg.setCancelButton(None)  # the writes are the user's work: they are never dropped
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.show()
        ctx.executor.wait_idle(progress=lambda n: dlg.setLabelText(finishing(n)))
        dlg.close()
        dlg.deleteLater()

    def _on_job_failed(self, label: str, error: object) -> None:
        """A queued write or read failed and its caller left the error to the window."""
        if isinstance(error, KondensError | ValueError):
            QMessageBox.warning(self, label or self.tr("Kondens"), tr_error(error))
        else:
            QMessageBox.critical(self, label or self.tr("Kondens"), self.tr(
                "This did not work because of an internal error ({0}). Nothing was changed; "
                "the details are in the log.").replace("{0}", type(error).__name__))

    def _connect_undo(self, ctx: ProjectContext | None) -> None:
        e = self.menu("Edit")
        for old in (self.act_undo, self.act_redo):
            e.removeAction(old)
        if ctx is None:
            self.act_undo = QAction(self.tr("&Undo"), self)
            self.act_redo = QAction(self.tr("&Redo"), self)
            self.act_undo.setEnabled(False)
            self.act_redo.setEnabled(False)
        else:
            self.act_undo = ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
            self.act_redo = ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
            ctx.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.act_undo.setObjectName("actionUndo")
        self.act_redo.setObjectName("actionRedo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        first = e.actions()[0] if e.actions() else None
        e.insertAction(first, self.act_undo)  # type: ignore[arg-type]
        e.insertAction(first, self.act_redo)  # type: ignore[arg-type]
        if ctx is not None and ctx.readonly:
            self.act_undo.setEnabled(False)
            self.act_redo.setEnabled(False)

    def reload_transcripts(self, then: Callable[[], None] | None = None) -> None:
        """Re-read the transcript list on the executor: the rows first, then (a second job, which walks
        every line and segment) the coded-line counts; ``then()`` runs once the rows are in."""
        if self.ctx is None:
            self.transcripts.set_rows([], {})
            return
        from coding import queries

        ctx = self.ctx
        coded: dict[int, int] = {}  # kept across a reload: the counts column does not blink

        def loaded(rows: list[Any]) -> None:
            if self.ctx is not ctx:
                return
            self._rows_for = ctx
            self.transcripts.set_rows(rows, coded or self.transcripts.coded_counts())
            for c in range(5):
                self.transcript_list.resizeColumnToContents(c)
            self.transcript_list.horizontalScrollBar().setValue(0)
            t = self.coding_view.transcript
            row = self.transcripts.row_of(t.id) if t is not None else None
            if row is not None:  # a reload (another file of an import, a rename) keeps the open row marked
                self.transcript_list.selectRow(row)
                self.transcript_list.scrollTo(self.transcripts.index(row, 0))
            if not self._list_fitted and self.transcripts.rowCount() and self._docks_sized:
                self._fit_transcript_list()
            self._update_status()
            if then is not None:
                then()

        def counted(counts: dict[int, int]) -> None:
            if self.ctx is ctx:
                coded.update(counts)
                self.transcripts.set_all_coded(counts)

        ctx.read("Transcript list", queries.transcript_summaries, on_done=loaded)
        ctx.read("Coded lines", queries.coded_line_counts, on_done=counted)

    def _on_project_changed(self, changes: Changes) -> None:
        if self.ctx is None:
            return
        if changes.touches("transcripts", "informants", "lines"):
            # After the first import the reader shows it instead of the "import your transcripts" hint.
            self.reload_transcripts(then=self._show_first_transcript)
        elif changes.touches("segments"):
            # The open transcript's row follows the view (``_on_segments_taken``); others are refreshed
            # lazily with it.
            if len(changes.ids("segments")) > 50:
                self.reload_transcripts()
        self._update_status()

    def _on_transcript_activated(self, index: QModelIndex) -> None:
        from app.window.transcript_model import TranscriptIdRole

        tid = index.data(TranscriptIdRole)
        if tid is not None and self.coding_view.wanted_id != tid:  # the last click wins, even while reading
            self.show_transcript(int(tid))

    def _on_segments_taken(self, transcript_id: int) -> None:
        """The shown transcript's coded share, from the view's coverage once it holds the change (a local
        write's segments come with its job, another coder's are read after it): no query per keystroke."""
        self.transcripts.set_coded(transcript_id, sum(1 for c in self.coding_view.editor.table.coverage if c))

    def _on_transcript_opened(self, transcript_id: int) -> None:
        if transcript_id and self.ctx is not None:
            # Remembered a moment later (and once for a quick run of switches): writing the settings file
            # costs about as much as showing the transcript. Closing the project writes it at once.
            self._last_shown = (str(self.ctx.project.location), transcript_id)
            self._last_shown_timer.start()
        row = self.transcripts.row_of(transcript_id) if transcript_id else None
        if row is not None and self.transcript_list.currentIndex().row() != row:
            self.transcript_list.selectRow(row)
        self._update_status()

    # ---- chrome ----------------------------------------------------------------------------------------
    def _on_clean_changed(self, _clean: bool) -> None:
        try:
            self._set_title()
        except RuntimeError:  # the stack is being destroyed with its context at shutdown
            pass

    def _set_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle("Kondens")
            return
        mark = "" if self.ctx.undo_stack.isClean() else " •"
        ro = self.tr(" (read-only)") if self.ctx.readonly else ""
        self.setWindowTitle(f"{self.ctx.project.name}{ro}{mark} — Kondens")

    def _update_enabled(self) -> None:
        has = self.ctx is not None
        self.act_close.setEnabled(has)
        self.coding_view.actions.update_enabled()

    def _update_status(self, *_args: object) -> None:
        if self.ctx is None:
            self.status_project.setText(self.tr("No project open. File → Open project…"))
            self.status_where.setText("")
            return
        n = self.transcripts.rowCount()
        if self._rows_for is not self.ctx:  # the list is still being read: no "0 transcripts" meanwhile
            self.status_project.setText(self.ctx.project.name)
        else:
            self.status_project.setText(self.tr("%1 · %2 transcripts").replace("%1", self.ctx.project.name)
                                        .replace("%2", str(n)))
        v = self.coding_view
        parts = []
        if v.transcript is not None:
            i = v.current_line()
            if i is not None and len(v.editor.index):
                parts.append(f"{v.transcript.informant_label or '–'}, l. {v.editor.index.lines[i].number}"
                             f" / {len(v.editor.index)}")
        parts.append(self.tr("pass %1").replace("%1", str(v.actions.coding_pass())))
        if self.ctx.coder:
            parts.append(self.tr("coder %1").replace("%1", self.ctx.coder))
        self.status_where.setText("   ".join(parts))

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.ctx is None:  # save the docks as the user arranged them, not as the welcome page hid them
            for d in self._welcome_docks:
                d.show()
        settings.save_window_state(self.saveGeometry(), self.saveState())
        self.close_project()
        super().closeEvent(e)


def _first_transcript(project: Any, preferred: int | None) -> int | None:
    """The transcript to show when a project opens: ``preferred`` (the one last open) if it still exists,
    else the first of the list. One indexed lookup, not the list."""
    from sqlalchemy import select

    from coding.store.models import Transcript

    with project.read() as s:
        if preferred is not None and s.get(Transcript, preferred) is not None:
            return preferred
        return s.scalar(select(Transcript.id).order_by(Transcript.position, Transcript.id).limit(1))
