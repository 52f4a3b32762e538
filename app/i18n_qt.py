"""Qt's own standard texts (dialog buttons, message boxes) that PySide6 ships no Bokmål catalogue for.

Qt looks them up under the ``QPlatformTheme`` and ``QDialogButtonBox`` contexts; listing them here lets
``make translations`` put them into our one catalogue, where they are translated like our own strings.
Never called at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads calls of a bare translate(…)


def _catalogue_entries() -> list[str]:  # pragma: no cover - read by lupdate, not run
    return [
        translate("QPlatformTheme", "OK"), translate("QPlatformTheme", "Save"), translate("QPlatformTheme", "Save All"),
        translate("QPlatformTheme", "Open"), translate("QPlatformTheme", "&Yes"), translate("QPlatformTheme", "Yes to &All"),
        translate("QPlatformTheme", "&No"), translate("QPlatformTheme", "N&o to All"), translate("QPlatformTheme", "Abort"),
        translate("QPlatformTheme", "Retry"), translate("QPlatformTheme", "Ignore"), translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Cancel"), translate("QPlatformTheme", "Discard"), translate("QPlatformTheme", "Help"),
        translate("QPlatformTheme", "Apply"), translate("QPlatformTheme", "Reset"), translate("QPlatformTheme", "Restore Defaults"),
        translate("QShortcut", "Ctrl"), translate("QShortcut", "Shift"), translate("QShortcut", "Alt"),
        translate("QLineEdit", "&Undo"), translate("QLineEdit", "&Redo"), translate("QLineEdit", "Cu&t"), translate("QLineEdit", "&Copy"),
        translate("QLineEdit", "&Paste"), translate("QLineEdit", "Delete"), translate("QLineEdit", "Select All"),
        translate("QWidgetTextControl", "&Undo"), translate("QWidgetTextControl", "&Redo"), translate("QWidgetTextControl", "Cu&t"),
        translate("QWidgetTextControl", "&Copy"), translate("QWidgetTextControl", "Copy &Link Location"),
        translate("QWidgetTextControl", "&Paste"), translate("QWidgetTextControl", "Delete"),
        translate("QWidgetTextControl", "Select All"),
        translate("QFileDialog", "All Files (*)"),
    ]
