"""Qt's own standard texts (dialog buttons, message boxes) that PySide6 ships no Bokmål catalogue for.

Qt looks them up under the ``QPlatformTheme`` and ``QDialogButtonBox`` contexts; listing them here lets
``make translations`` put them into our one catalogue, where they are translated like our own strings.
Never called at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _catalogue_entries() -> list[str]:  # pragma: no cover - read by lupdate, not run
    return [
        QCoreApplication.translate("QPlatformTheme", "OK"),
        QCoreApplication.translate("QPlatformTheme", "Save"),
        QCoreApplication.translate("QPlatformTheme", "Save All"),
        QCoreApplication.translate("QPlatformTheme", "Open"),
        QCoreApplication.translate("QPlatformTheme", "&Yes"),
        QCoreApplication.translate("QPlatformTheme", "Yes to &All"),
        QCoreApplication.translate("QPlatformTheme", "&No"),
        QCoreApplication.translate("QPlatformTheme", "N&o to All"),
        QCoreApplication.translate("QPlatformTheme", "Abort"),
        QCoreApplication.translate("QPlatformTheme", "Retry"),
        QCoreApplication.translate("QPlatformTheme", "Ignore"),
        QCoreApplication.translate("QPlatformTheme", "Close"),
        QCoreApplication.translate("QPlatformTheme", "Cancel"),
        QCoreApplication.translate("QPlatformTheme", "Discard"),
        QCoreApplication.translate("QPlatformTheme", "Help"),
        QCoreApplication.translate("QPlatformTheme", "Apply"),
        QCoreApplication.translate("QPlatformTheme", "Reset"),
        QCoreApplication.translate("QPlatformTheme", "Restore Defaults"),
        QCoreApplication.translate("QShortcut", "Ctrl"),
        QCoreApplication.translate("QShortcut", "Shift"),
        QCoreApplication.translate("QShortcut", "Alt"),
        QCoreApplication.translate("QLineEdit", "&Undo"),
        QCoreApplication.translate("QLineEdit", "&Redo"),
        QCoreApplication.translate("QLineEdit", "Cu&t"),
        QCoreApplication.translate("QLineEdit", "&Copy"),
        QCoreApplication.translate("QLineEdit", "&Paste"),
        QCoreApplication.translate("QLineEdit", "Delete"),
        QCoreApplication.translate("QLineEdit", "Select All"),
        QCoreApplication.translate("QWidgetTextControl", "&Undo"),
        QCoreApplication.translate("QWidgetTextControl", "&Redo"),
        QCoreApplication.translate("QWidgetTextControl", "Cu&t"),
        QCoreApplication.translate("QWidgetTextControl", "&Copy"),
        QCoreApplication.translate("QWidgetTextControl", "Copy &Link Location"),
        QCoreApplication.translate("QWidgetTextControl", "&Paste"),
        QCoreApplication.translate("QWidgetTextControl", "Delete"),
        QCoreApplication.translate("QWidgetTextControl", "Select All"),
        QCoreApplication.translate("QFileDialog", "All Files (*)"),
    ]
