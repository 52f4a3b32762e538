"""Dialogs of the linking key: set a passphrase (new project), unlock once per session, Project → Linking key….

:func:`ensure_unlocked` is what the import (and withdrawal) call: it returns the project's unlocked key,
asking for the passphrase only the first time in a session, or None when the project works without
a key (or the user cancels) — tags are then numbered per transcript, and :func:`key_note_label`
says so.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr_error
from app.review import key_settings as ks
from app.workbench import Workbench
from coding.errors import KondensError
from coding.services.key_settings import KeyState, ensure_project_id, key_state, new_project_id
from coding.store import Project
from transcripts.deid.linking_key import (
    MIN_PASSPHRASE,
    SUFFIX,
    LinkingKey,
    LinkingKeyError,
    check_passphrase,
    default_key_path,
    is_inside_project,
    key_folder,
    peek,
)

# ask(new, message, error) -> passphrase or None (cancelled); tests pass their own.
Ask = Callable[[bool, str, str], "str | None"]

def _key_filter() -> str:
    return QCoreApplication.translate("LinkingKey", "Kondens linking key (*.kondenskey);;All files (*)")


def _passphrase_fields() -> tuple[QLineEdit, QLineEdit, QLabel]:
    """The passphrase, its repetition and the error line under them (cleared as the user types)."""
    first, second = QLineEdit(), QLineEdit()
    for edit in (first, second):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    error = QLabel()
    error.setStyleSheet("color: #b00020")
    error.setWordWrap(True)
    for edit in (first, second):
        edit.textEdited.connect(lambda _t: error.setText(""))
    return first, second, error


def _new_passphrase_problem(first: QLineEdit, second: QLineEdit) -> str:
    """Why a new passphrase (typed twice) cannot be used, or ""."""
    try:
        check_passphrase(first.text())
    except LinkingKeyError as e:
        text = tr_error(e)
        return text[:1].upper() + text[1:] + "."
    if first.text() != second.text():
        return QCoreApplication.translate("PassphraseDialog", "The two passphrases differ.")
    return ""


class _CheckedDialog(QDialog):
    """A dialog that stays open, saying why in ``self.error``, while :meth:`problem` returns a reason."""

    error: QLabel

    def problem(self) -> str:
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()


class PassphraseDialog(_CheckedDialog):
    """One field to unlock, or two (set twice) for a new passphrase. Checks before closing."""

    def __init__(self, parent: QWidget | None, message: str, new: bool, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Linking key"))
        self.new = new
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.first, self.second, self.error = _passphrase_fields()
        self.first.setObjectName("passphrase")
        self.second.setObjectName("passphraseAgain")
        self.error.setText(error)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        if new:
            form.addRow(self.tr("The same again:"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Set passphrase") if new else self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.first.setFocus()
        self.resize(460, self.sizeHint().height())

    def problem(self) -> str:
        if not self.new:
            return "" if self.first.text() else self.tr("Enter the passphrase.")
        return _new_passphrase_problem(self.first, self.second)

    def passphrase(self) -> str:
        return self.first.text()


def ask_dialog(parent: QWidget | None) -> Ask:
    def ask(new: bool, message: str, error: str) -> str | None:
        dlg = PassphraseDialog(parent, message, new, error)
        return dlg.passphrase() if dlg.exec() == QDialog.DialogCode.Accepted else None

    return ask


def _short(error: Exception, path: Path | None) -> str:
    """The error without the key's path (the dialog shows it already), as a sentence."""
    text = tr_error(error)
    prefix = f"{path}: "
    if path is not None and text.startswith(prefix):
        text = text[len(prefix):]
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _unlock_prompt(parent: QWidget | None, status: ks.KeyStatus) -> tuple[bool, str] | None:
    """Whether the key file is plaintext and what to ask; None (after telling the user) when it is not
    there or unreadable."""
    if not status.found:
        QMessageBox.warning(parent, QCoreApplication.translate("LinkingKey", "Linking key"),
                            QCoreApplication.translate("LinkingKey", "The linking key of this project is not at {0}.\n\nProject → Linking key… "
                                                       "can locate it. Until then, tags are numbered per transcript.")
                            .format(status.path))
        return None
    try:
        plaintext = not peek(status.path).encrypted  # type: ignore[arg-type]
    except KondensError as e:
        QMessageBox.warning(parent, QCoreApplication.translate("LinkingKey", "Linking key"), tr_error(e))
        return None
    if plaintext:
        message = QCoreApplication.translate("LinkingKey", "The linking key {0} is stored unencrypted (an older Kondens). "
                                             "Set a passphrase (at least {1} characters): the key is written "
                                             "encrypted right away.").format(status.path, MIN_PASSPHRASE)
    else:
        message = QCoreApplication.translate("LinkingKey", "Unlock the linking key of this project ({0}) for this session.") \
            .format(status.path)
    return plaintext, message


def ensure_unlocked(parent: QWidget | None, project: Project, ask: Ask | None = None,
                    state: KeyState | None = None) -> LinkingKey | None:
    """The project's key, unlocked (once per session). None without a key, when it is missing, or cancelled.

    Reads and unlocks on the calling thread (scripts, tests, and the dialogs built without a context);
    the window uses :func:`unlock_async`. ``state``: the key settings as already read."""
    status = ks.key_status(project, state)
    if not status.uses_key:
        return None
    key = ks.unlocked_key(project, state)
    if key is not None:
        return key
    prompt = _unlock_prompt(parent, status)
    if prompt is None:
        return None
    plaintext, message = prompt
    ask = ask or ask_dialog(parent)
    error = ""
    while True:
        passphrase = ask(plaintext, message, error)
        if passphrase is None:
            return None
        try:
            return ks.unlock(project, passphrase)
        except LinkingKeyError as e:
            error = _short(e, status.path)
        except KondensError as e:
            QMessageBox.warning(parent, QCoreApplication.translate("LinkingKey", "Linking key"), tr_error(e))
            return None


def unlock_async(parent: QWidget | None, ctx: Any, then: Callable[[LinkingKey | None], None],
                 ask: Ask | None = None, state: KeyState | None = None) -> None:
    """:func:`ensure_unlocked` with every project read, and the unlock itself (the key derivation and a
    legacy key's migration), on the project's executor: ``then(key)`` on the UI thread, ``then(None)``
    without a key, when it is missing or the user cancels. The passphrase is asked on the UI thread
    (again after a wrong one). ``state``: the key settings if the caller already read them."""
    project = ctx.project
    title = QCoreApplication.translate("LinkingKey", "Linking key")

    def with_state(st: KeyState) -> None:
        status = ks.key_status(project, st)
        if not status.uses_key:
            then(None)
            return
        key = ks.unlocked_key(project, st)
        if key is not None:
            then(key)
            return
        prompt = _unlock_prompt(parent, status)
        if prompt is None:
            then(None)
            return
        plaintext, message = prompt
        asker = ask or ask_dialog(parent)

        def attempt(error: str) -> None:
            passphrase = asker(plaintext, message, error)
            if passphrase is None:
                then(None)
                return

            def failed(e: BaseException) -> None:
                if isinstance(e, LinkingKeyError):
                    attempt(_short(e, status.path))
                    return
                if isinstance(e, KondensError):
                    QMessageBox.warning(parent, title, tr_error(e))
                else:
                    ctx.failed.emit(title, e)
                then(None)

            ctx.read("Unlock linking key", lambda p: ks.unlock(p, passphrase), on_done=then, on_error=failed)

        attempt("")

    if state is not None:
        with_state(state)
    else:
        ctx.read("Linking key", key_state, on_done=with_state)


def key_note_label(project: Project, key: LinkingKey | None, state: KeyState | None = None) -> QLabel:
    """A one-line label for the import review: consistent tags with the key, or per transcript without."""
    label = QLabel(ks.key_note(project, key, state))
    label.setObjectName("linkingKeyNote")
    label.setWordWrap(True)
    if key is None:
        label.setStyleSheet("color: #8a5a00")
    return label


def _choose_file(parent: QWidget | None, title: str, start: Path, save: bool) -> Path | None:
    if save:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(start), _key_filter())
    else:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(start), _key_filter())
    if not path:
        return None
    p = Path(path)
    if save and not p.suffix:
        p = p.with_suffix(SUFFIX)
    return p


class NewKeyDialog(_CheckedDialog):
    """New project: create a linking key (passphrase set twice, location shown and movable) or work
    without one, explicitly."""

    def __init__(self, parent: QWidget | None, project_path: str | os.PathLike[str],
                 choose_file: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project: linking key"))
        self.project_path = Path(project_path)
        self.project_id = new_project_id()
        self.key_path = default_key_path(self.project_id)
        self._choose = choose_file or (lambda start: _choose_file(self, self.tr("Where to keep the linking key"),
                                                                       start, True))
        intro = QLabel(self.tr("A linking key keeps tags consistent across the project's transcripts: the same person, "
                       "place or institution gets the same tag ([sted 1] is the same place in every interview). "
                       "It links tags back to real names, so it is kept outside the project folder, encrypted "
                       "with a passphrase. Without the key and its passphrase nobody can link the tags back."))
        intro.setWordWrap(True)
        self.with_key = QRadioButton(self.tr("Create a linking key (recommended)"))
        self.with_key.setChecked(True)
        self.without_key = QRadioButton(self.tr("Work without a linking key: tags are numbered per transcript"))
        self.location = QLabel(str(self.key_path))
        self.location.setObjectName("keyLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change = QPushButton(self.tr("Change…"))
        self.change.clicked.connect(self._change_location)
        self.first, self.second, self.error = _passphrase_fields()
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.change)
        form = QFormLayout()
        form.addRow(self.tr("Key file:"), row)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("The same again:"), self.second)
        self.key_fields = QWidget()
        self.key_fields.setLayout(form)
        self.with_key.toggled.connect(self.key_fields.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create project"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.with_key)
        lay.addWidget(self.key_fields)
        lay.addWidget(self.without_key)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.first.setFocus()
        self.resize(620, self.sizeHint().height())

    def _change_location(self) -> None:
        p = self._choose(self.key_path)
        if p is None:
            return
        if is_inside_project(p, self.project_path):
            self.error.setText(self.tr("The linking key must be kept outside the project folder."))
            return
        self.key_path = p
        self.location.setText(str(p))
        self.error.setText("")

    def problem(self) -> str:
        if self.without_key.isChecked():
            return ""
        if is_inside_project(self.key_path, self.project_path):
            return self.tr("The linking key must be kept outside the project folder.")
        if self.key_path.exists():
            return self.tr("{0} already exists; choose another place.").format(self.key_path)
        return _new_passphrase_problem(self.first, self.second)

    def apply(self, project: Project) -> LinkingKey | None:
        """Set up ``project`` (just created) as chosen; the new key stays unlocked for the session."""
        if self.without_key.isChecked():
            ks.work_without_key(project)
            return None
        ensure_project_id(project, self.project_id)
        default = self.key_path == default_key_path(self.project_id)
        return ks.create_project_key(project, self.first.text(), None if default else self.key_path)


def create_project_with_key(parent: QWidget | None, path: str, create: Callable[[str], Any],
                            dialog: NewKeyDialog | None = None) -> Any:
    """The GUI's new-project flow: ask about the key first (cancel = nothing created), then create
    the project and its key; if the key cannot be made, the new empty project is removed again."""
    dlg = dialog or NewKeyDialog(parent, path)
    if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    project = create(path)
    try:
        dlg.apply(project)
    except BaseException:
        project.close()
        shutil.rmtree(project.path, ignore_errors=True)
        raise
    return project


class LinkingKeyDialog(QDialog):
    """Project → Linking key…: where the key is; move it; change the passphrase; create or locate one."""

    def __init__(self, parent: QWidget | None, project: Project, ask: Ask | None = None,
                 choose_file: Callable[[str, Path, bool], Path | None] | None = None, ctx: Any = None) -> None:
        """``ctx``: the open project's context; every read and write of the key settings (and the key
        derivation of an unlock or a new passphrase) then runs on its executor. Without one (tests,
        scripts) they run here."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Linking key"))
        self.project = project
        self.ctx = ctx
        self._status: ks.KeyStatus | None = None  # as last read
        self.ask = ask or ask_dialog(self)
        self._choose = choose_file or (lambda title, start, save: _choose_file(self, title, start, save))
        self.status = QLabel()
        self.status.setObjectName("keyStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton(self.tr("Create linking key…"))
        self.create_button.clicked.connect(self.create_key)
        self.locate_button = QPushButton(self.tr("Locate existing key…"))
        self.locate_button.clicked.connect(self.locate)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.clicked.connect(self.move_key)
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.without_button = QPushButton(self.tr("Work without a key"))
        self.without_button.clicked.connect(self.work_without)
        row = QHBoxLayout()
        for b in (self.create_button, self.locate_button, self.move_button, self.passphrase_button,
                  self.without_button):
            row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addLayout(row)
        lay.addWidget(close)
        self.refresh()
        self.resize(720, self.sizeHint().height())

    # ---- running: on the executor with a context, here without ----------------------------------------
    def _run(self, fn: Callable[[Project], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        """``done(fn(project))``; a KondensError goes to ``failed`` (default: a warning)."""
        def refused(e: BaseException) -> None:
            if failed is not None:
                failed(e)
            elif isinstance(e, KondensError):
                self._warn(e)
            elif self.ctx is not None:
                self.ctx.failed.emit(self.tr("Linking key"), e)
            else:
                raise e

        if self.ctx is None:
            try:
                result = fn(self.project)
            except KondensError as e:
                refused(e)
                return
            done(result)
            return
        self.ctx.read("Linking key", fn, on_done=done, on_error=refused)

    def refresh(self) -> None:
        """Read where the key is (and whether it is unlocked), then show it."""
        self._run(lambda p: (ks.key_status(p), ks.unlocked_key(p)), lambda r: self._show(*r))

    def _show(self, st: ks.KeyStatus, unlocked: LinkingKey | None) -> None:
        self._status = st
        if st.uses_key and st.found:
            locked = self.tr("unlocked for this session") if unlocked is not None else self.tr("locked")
            text = self.tr("<p>The linking key of this project is at<br><b>{0}</b> ({1}).</p>"
                           "<p>With it, the same entity keeps the same tag in every transcript. Keep it, and its "
                           "passphrase, apart from the project: without both, tags cannot be linked back.</p>"
                           ).format(st.path, locked)
        elif st.uses_key:
            text = self.tr("<p>The linking key is expected at <b>{0}</b>, but it is not there.</p>"
                           "<p>Locate it (moved by hand, another computer), or create a new one (tags of new "
                           "imports then start again from 1).</p>").format(st.path)
        else:
            text = self.tr("<p><b>This project has no linking key</b>: tags are numbered per transcript, so "
                           "[sted 1] may be a different place in another transcript.</p>"
                           "<p>Create a key to keep tags consistent in future imports.</p>")
        self.status.setText(text)
        has = st.uses_key and st.found
        self.create_button.setVisible(not has)
        self.locate_button.setVisible(not has)
        self.move_button.setVisible(has)
        self.passphrase_button.setVisible(has)
        self.without_button.setVisible(st.uses_key)

    def _warn(self, e: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Linking key"), tr_error(e))

    def _with_key(self, then: Callable[[LinkingKey | None], None]) -> None:
        if self.ctx is None:
            then(ensure_unlocked(self, self.project, self.ask))
        else:
            unlock_async(self, self.ctx, then, self.ask)

    # ---- actions: each returns its result if it finished before returning (always without a context) --
    def create_key(self) -> LinkingKey | None:
        out: list[LinkingKey] = []

        def with_id(pid: str) -> None:
            path = self._choose(self.tr("Where to keep the new linking key"), default_key_path(pid), True)
            if path is None:
                return
            passphrase = self.ask(True, self.tr("Set the passphrase of the new linking key {0} "
                                                "(at least {1} characters).").format(path, MIN_PASSPHRASE), "")
            if passphrase is None:
                return

            def created(key: LinkingKey) -> None:
                out.append(key)
                self.refresh()

            self._run(lambda p: ks.create_project_key(p, passphrase, path), created)

        self._run(lambda p: ks.key_status(p).project_id or str(ensure_project_id(p).value), with_id)
        return out[0] if out else None

    def locate(self) -> LinkingKey | None:
        st = self._status
        path = self._choose(self.tr("Locate the project's linking key"), (st.path if st else None) or key_folder(),
                            False)
        if path is None:
            return None
        try:
            plaintext = not peek(path).encrypted
        except KondensError as e:
            self._warn(e)
            return None
        out: list[LinkingKey] = []

        def attempt(error: str) -> None:
            prompt = (self.tr("Passphrase of the linking key {0} (it is unencrypted: set one now).") if plaintext
                      else self.tr("Passphrase of the linking key {0}."))
            passphrase = self.ask(plaintext, prompt.format(path), error)
            if passphrase is None:
                return

            def located(key: LinkingKey) -> None:
                out.append(key)
                self.refresh()

            def failed(e: BaseException) -> None:
                if isinstance(e, LinkingKeyError):
                    attempt(_short(e, path))  # a wrong passphrase: ask again
                elif isinstance(e, KondensError):
                    self._warn(e)
                elif self.ctx is not None:
                    self.ctx.failed.emit(self.tr("Linking key"), e)

            self._run(lambda p: ks.locate_key(p, path, passphrase), located, failed)

        attempt("")
        return out[0] if out else None

    def move_key(self) -> Path | None:
        out: list[Path] = []

        def with_key(key: LinkingKey | None) -> None:
            if key is None:
                return
            path = self._choose(self.tr("Move the linking key to"), key.path, True)
            if path is None:
                return

            def moved(to: Path) -> None:
                out.append(to)
                self.refresh()

            self._run(lambda p: ks.move_key(p, key, path), moved)

        self._with_key(with_key)
        return out[0] if out else None

    def change_passphrase(self) -> bool:
        out: list[bool] = []

        def with_key(key: LinkingKey | None) -> None:
            if key is None:
                return
            new = self.ask(True, self.tr("Set the new passphrase of the linking key. The old one stops working."), "")
            if new is None:
                return

            def changed(_r: Any) -> None:
                out.append(True)
                self.refresh()

            self._run(lambda _p: ks.change_passphrase(key, new), changed)  # the key derivation: off the UI

        self._with_key(with_key)
        return bool(out)

    def work_without(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Linking key"), self.tr("Work without the linking key from now on? Tags of new imports "
                                                  "are then numbered per transcript. The key file stays where it "
                                                  "is until you delete it."))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(ks.work_without_key, lambda _r: self.refresh())


def linking_key_action(window: Workbench) -> None:
    LinkingKeyDialog(window, window.ctx.project, ctx=window.ctx).exec()
