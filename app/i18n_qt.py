"""Qt's own standard texts (dialog buttons, message boxes) that PySide6 ships no Bokmål catalogue for.

Qt looks them up under the ``QPlatformTheme`` and ``QDialogButtonBox`` contexts; listing them here lets
``make translations`` put them into our one catalogue, where they are translated like our own strings.
Never called at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_t = QCoreApplication.translate


def _catalogue_entries() -> list[str]:  # pragma: no cover - read by lupdate, not run
    return [
        _t("QPlatformTheme", "OK"), _t("QPlatformTheme", "Save"), _t("QPlatformTheme", "Save All"),
        _t("QPlatformTheme", "Open"), _t("QPlatformTheme", "&Yes"), _t("QPlatformTheme", "Yes to &All"),
        _t("QPlatformTheme", "&No"), _t("QPlatformTheme", "N&o to All"), _t("QPlatformTheme", "Abort"),
        _t("QPlatformTheme", "Retry"), _t("QPlatformTheme", "Ignore"), _t("QPlatformTheme", "Close"),
        _t("QPlatformTheme", "Cancel"), _t("QPlatformTheme", "Discard"), _t("QPlatformTheme", "Help"),
        _t("QPlatformTheme", "Apply"), _t("QPlatformTheme", "Reset"), _t("QPlatformTheme", "Restore Defaults"),
        _t("QShortcut", "Ctrl"), _t("QShortcut", "Shift"), _t("QShortcut", "Alt"),
        _t("QLineEdit", "&Undo"), _t("QLineEdit", "&Redo"), _t("QLineEdit", "Cu&t"), _t("QLineEdit", "&Copy"),
        _t("QLineEdit", "&Paste"), _t("QLineEdit", "Delete"), _t("QLineEdit", "Select All"),
        _t("QWidgetTextControl", "&Undo"), _t("QWidgetTextControl", "&Redo"), _t("QWidgetTextControl", "Cu&t"),
        _t("QWidgetTextControl", "&Copy"), _t("QWidgetTextControl", "Copy &Link Location"),
        _t("QWidgetTextControl", "&Paste"), _t("QWidgetTextControl", "Delete"),
        _t("QWidgetTextControl", "Select All"),
        _t("QFileDialog", "All Files (*)"),
    ]
