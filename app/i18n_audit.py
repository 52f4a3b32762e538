"""Finding English a Norwegian user would see: walk a widget tree and collect every visible text.

Used by the untranslated-string test and by ``python -m app.i18n_audit`` (opens the demo under Bokmål,
shows every dock, menu, context menu and dialog it knows, and prints what is still English).

A text counts as English when it holds a word from :data:`ENGLISH`: common English words of a user
interface that are not also Norwegian words. The demo's own data is Norwegian, so English words on
screen come from the program. Main thread only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# English words of a UI that are not Norwegian words (so "for", "to", "men", "by", "at" are left out).
ENGLISH = frozenset("""
the of and with from this that these those is are was were be been has have had will would should could
new open save close cancel file files edit view help search export import project projects transcript
transcripts theme themes area areas code codes coded coding segment segments quote quotes memo memos
select selected show hide add remove delete rename merge split move undo redo copy paste none all any
name names place places date dates person institution phone email other entity entities occurrence
occurrences count tag tags kept replaced review identifier identifiers informant's interviewer's
line lines turn turns word words pass passes coder coders agreement consensus snapshot snapshots
research question questions report reports member check packet reader overlay matrix condensate
condensates golden subgroup subgroups uncategorised recent welcome preferences language folder key
keys passphrase unlock locked backup backups restore withdraw redact settings shortcuts keyboard
about quit next previous first last up down left right yes no apply reset filter filters sort
please choose enter type click press drag drop here there what which who when where why how
each every some more less most least many much only also not your you we they it its their our
create created opening opened saving saved loading loaded building done failed error errors warning
""".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")


_PATH = re.compile(r"^(~|/|[A-Za-z]:\\)\S*$")


def english_words(text: str) -> list[str]:
    if _PATH.match(text.strip()):  # a file path is the user's data
        return []
    plain = _TAGS.sub(" ", text.replace("&&", "&"))
    plain = re.sub(r"&(?=\w)", "", plain)  # mnemonic markers
    plain = re.sub(r"\b\w+:(\"[^\"]*\"|[^\s\"]+)", " ", plain)  # search filter syntax (code:"…", in:memo)
    return [w for w in _WORD.findall(plain) if w.lower() in ENGLISH]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # list models keep columnCount private
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(), depth: int = 0,  # noqa: B008
                 limit: int = 60) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    if depth == 0:
        for col in range(_columns(model, parent)):
            for orient in (Qt.Orientation.Horizontal,):
                v = model.headerData(col, orient, Qt.ItemDataRole.DisplayRole)
                if isinstance(v, str):
                    yield "header", v
    for row in range(min(model.rowCount(parent), limit)):
        for col in range(_columns(model, parent)):
            idx = model.index(row, col, parent)
            for role in roles:
                v = idx.data(role)
                if isinstance(v, str):
                    yield "item", v
        first = model.index(row, 0, parent)
        if depth < 3 and model.rowCount(first) > 0:
            yield from _model_texts(model, first, depth + 1, limit)


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for a in actions:
        if a.isSeparator():
            continue
        for kind, text in (("action", a.text()), ("tooltip", a.toolTip() if a.toolTip() != a.text().replace("&", "")
                                                             else ""), ("status tip", a.statusTip())):
            if text:
                yield f"{where} {kind}", text
        if a.menu() is not None:
            yield from menu_texts(a.menu(), where + " > " + a.text().replace("&", ""))  # type: ignore[arg-type]


def menu_texts(menu: QMenu, where: str = "menu") -> Iterator[tuple[str, str]]:
    if menu.title():
        yield where + " title", menu.title()
    yield from _action_texts(menu.actions(), where)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-visible text of ``root`` and its children, data views included."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = w.objectName() or type(w).__name__
        if w.property("i18n_data"):  # the widget shows the user's own data (e.g. typed text)
            continue
        if w.isWindow() and w.windowTitle():
            yield f"{name} title", w.windowTitle()
        if isinstance(w, QDockWidget) and w.windowTitle():
            yield f"{name} dock", w.windowTitle()
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield f"{name} label", w.text()
        elif isinstance(w, QAbstractButton):
            yield f"{name} button", w.text()
        elif isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield f"{name} group", w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
        elif isinstance(w, QMenu):
            yield from menu_texts(w, name)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for kind, text in _model_texts(w.model()):
                yield f"{name} {kind}", text
        yield from _action_texts([a for a in QWidget.actions(w) if a.text()], name)


def untranslated(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    out = []
    seen: set[tuple[str, str]] = set()
    for where, text in texts:
        if not text or (where, text) in seen:
            continue
        seen.add((where, text))
        words = english_words(text)
        if words:
            out.append((where, text, words))
    return out


def report(problems: list[tuple[str, str, list[str]]]) -> str:
    return "\n".join(f"{where}: {text!r} ({', '.join(words)})" for where, text, words in problems)


def capture_menus(run: Callable[[], object]) -> list[QMenu]:
    """Call ``run`` (which opens context menus); every menu that pops up is recorded and closed again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    menus: list[QMenu] = []

    def sweep() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            if popup not in menus:
                menus.append(popup)
            popup.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        run()
        QApplication.processEvents()
        sweep()
    finally:
        timer.stop()
    for m in QApplication.topLevelWidgets():  # menus opened with popup() rather than exec()
        if isinstance(m, QMenu) and m.isVisible() and m not in menus:
            menus.append(m)
            m.close()
    return menus


# ---- the whole application ---------------------------------------------------------------------------------
def _dialogs(window: QWidget) -> list[tuple[str, Callable[[], QWidget]]]:
    """Every dialog a user can reach, made as its menu action would make it (not shown modally)."""
    from app.agreement.merge_dialog import MergeDialog
    from app.backups.dialog import RestoreDialog
    from app.codes.progress import ProgressDialog
    from app.exports.dialogs import MemberCheckDialog, QuoteSetDialog, ReportDialog
    from app.importing.dialog import ImportDialog
    from app.review.key_dialogs import LinkingKeyDialog, NewKeyDialog, PassphraseDialog
    from app.review.lists_dialog import IdentifierListsDialog
    from app.review.project_actions import WithdrawDialog
    from app.review.redact_action import RedactDialog
    from app.themes.snapshots_dialog import SnapshotsDialog
    from app.window.help import ShortcutsDialog
    from app.window.preferences import PreferencesDialog

    ctx = window.ctx  # type: ignore[attr-defined]
    p = ctx.project
    return [
        ("import", lambda: ImportDialog(ctx, window)),
        ("preferences", lambda: PreferencesDialog(ctx, window.coding_view, window)),  # type: ignore[attr-defined]
        ("identifier lists", lambda: IdentifierListsDialog(ctx, None, window)),
        ("shortcuts", lambda: ShortcutsDialog(window)),
        ("withdraw", lambda: WithdrawDialog(p, window)),
        ("redact", lambda: RedactDialog("Tromsø", 1, 3, window)),
        ("passphrase", lambda: PassphraseDialog(window, "", True)),
        ("new key", lambda: NewKeyDialog(window, p.path.parent / "ny.kondens")),
        ("linking key", lambda: LinkingKeyDialog(window, p)),
        ("restore", lambda: RestoreDialog(p.path, window)),
        ("quote set", lambda: QuoteSetDialog(p, window)),
        ("member check", lambda: MemberCheckDialog(p, window)),
        ("report", lambda: ReportDialog(p, window)),
        ("snapshots", lambda: SnapshotsDialog(ctx, window)),
        ("progress", lambda: ProgressDialog(ctx, window)),
        ("merge coder", lambda: MergeDialog(ctx, window)),
    ]


def _context_menus(window: QWidget) -> list[QMenu]:
    from PySide6.QtCore import QPoint

    views = [v for v in window.findChildren(QAbstractItemView)
             if v.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu and v.model() is not None]

    def run() -> None:
        for v in views:
            m = v.model()
            if m.rowCount() == 0:
                continue
            first = m.index(0, 0)
            if m.rowCount(first):
                first = m.index(0, 0, first)
            v.setCurrentIndex(first)
            rect = v.visualRect(first)
            v.customContextMenuRequested.emit(rect.center() if rect.isValid() else QPoint(2, 2))

    return capture_menus(run)


def walk_application(window: QWidget, shots: str | None = None) -> list[tuple[str, str]]:
    """Every text of the main window with every dock shown, its menus, context menus and dialogs."""
    from PySide6.QtWidgets import QApplication

    texts: list[tuple[str, str]] = []
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        texts += [(f"dock {dock.objectName()}: {w}", t) for w, t in widget_texts(dock)]
    texts += list(widget_texts(window))
    for menu_action in window.menuBar().actions():  # type: ignore[attr-defined]
        if menu_action.menu() is not None:
            texts += list(menu_texts(menu_action.menu(), "menubar " + menu_action.text()))  # type: ignore[arg-type]
    for menu in _context_menus(window):
        texts += list(menu_texts(menu, "context menu"))
    for name, make in _dialogs(window):
        try:
            dlg = make()
        except Exception as e:  # a dialog that cannot even be made is a finding too
            texts.append((f"dialog {name}", f"could not open: {type(e).__name__}: {e}"))
            continue
        dlg.show()
        QApplication.processEvents()
        if shots:
            dlg.grab().save(f"{shots}/dialog-{name.replace(' ', '-')}.png")
        texts += [(f"dialog {name}: {w}", t) for w, t in widget_texts(dlg)]
        dlg.close()
        dlg.deleteLater()
    return texts


def main() -> int:  # pragma: no cover - a developer's tool
    """Open the demo under Bokmål and print every English text found."""
    import os
    import sys
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    os.environ["KONDENS_LANG"] = "nb"
    tmp = Path(tempfile.mkdtemp(prefix="kondens-i18n-"))
    os.environ.setdefault("KONDENS_CONFIG_DIR", str(tmp / "cfg"))
    os.environ.setdefault("KONDENS_DATA_DIR", str(tmp / "data"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.cli.cmd_demo import build_demo
    from app.i18n import install_translator
    from app.main_window import MainWindow

    keep = install_translator(app)  # type: ignore[arg-type]
    w = MainWindow()
    w.resize(1600, 1000)
    w.show()
    w.open_path(build_demo(tmp / "demo"))
    problems = untranslated(walk_application(w, sys.argv[1] if len(sys.argv) > 1 else None))
    print(report(problems))
    print(f"{len(problems)} English texts", file=sys.stderr)
    w.close()
    del keep
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
