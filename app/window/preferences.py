"""Edit ▸ Preferences…: language, coder name, where new linking keys go, backups kept, transcript text size,
J/K over interviewer lines, undo steps.

Everything but the backup count is a user setting (QSettings, :mod:`app.settings`), outside every project.
The backup count belongs to the open project and is saved through a service. Main thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.reads import run_checked


class PreferencesDialog(QDialog):
    def __init__(self, ctx: Any, coding_view: Any = None, parent: QWidget | None = None) -> None:
        """``ctx``: the open project's context or None; ``coding_view`` gets the new text size at once."""
        super().__init__(parent)
        self.ctx, self.coding_view = ctx, coding_view
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(680)  # room for the Bokmål labels and placeholders
        self.language = QComboBox()
        for code, label in (("", self.tr("Follow the system")), ("nb", "Norsk bokmål"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.settings().value("ui/language", ""))))
        self.coder = QLineEdit(settings.coder())
        self.coder.setPlaceholderText(self.tr("Your name or initials, recorded on every coding"))
        self.key_folder = QLineEdit(settings.key_folder())
        self.key_folder.setPlaceholderText(self.tr("Default: Kondens's folder in your user data"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_key_folder)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_folder, 1)
        key_row.addWidget(browse)
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        ctx = self.ctx
        self._kept: int | None = None  # the project's backup count as read (None: not back yet)
        if ctx is not None:
            from coding.store.backup import keep_setting

            # Read on the executor: the box is enabled when the project's value is in.
            self.backups.setEnabled(False)
            ctx.read("Backups kept", keep_setting, on_done=self._kept_read)
        else:
            self.backups.setEnabled(False)
            self.backups.setToolTip(self.tr("Open a project to set how many backups it keeps"))
        self.font_pt = QDoubleSpinBox()
        self.font_pt.setRange(0, 32)
        self.font_pt.setDecimals(1)
        self.font_pt.setSingleStep(0.5)
        self.font_pt.setSpecialValueText(self.tr("Standard"))
        self.font_pt.setSuffix(" pt")
        self.font_pt.setValue(settings.transcript_font_pt())
        self.skip_interviewer = QCheckBox(self.tr("J/K skip the interviewer's lines"))
        self.skip_interviewer.setChecked(settings.jk_skip_interviewer())
        self.undo = QSpinBox()
        self.undo.setRange(0, 100000)
        self.undo.setSpecialValueText(self.tr("No limit"))
        self.undo.setValue(settings.undo_limit())

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", QLabel(self.tr("<i>A new language applies when Kondens starts again.</i>")))
        form.addRow(self.tr("Coder name:"), self.coder)
        form.addRow(self.tr("Folder for new linking keys:"), key_row)
        form.addRow(self.tr("Backups kept (this project):"), self.backups)
        form.addRow(self.tr("Transcript text size:"), self.font_pt)
        form.addRow("", self.skip_interviewer)
        form.addRow(self.tr("Undo steps (new projects):"), self.undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def _choose_key_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for new linking keys (outside projects)"),
                                                self.key_folder.text())
        if path:
            self.key_folder.setText(path)

    def _kept_read(self, keep: int) -> None:
        self._kept = keep
        self.backups.setValue(keep)
        self.backups.setEnabled(True)

    def save(self) -> bool:
        ctx = self.ctx
        if ctx is not None and self._kept is not None and self.backups.value() != self._kept:
            from coding.services.project_settings import set_backups_keep

            # Queued on the executor; the dialog closes at once (a refusal is shown over the window).
            run_checked(ctx, self.parentWidget(), self.tr("Keep {0} backups").format(self.backups.value()),
                        set_backups_keep, self.backups.value())
        settings.set_language(str(self.language.currentData()))
        settings.set_coder(self.coder.text())
        if ctx is not None:
            ctx.coder = self.coder.text().strip()
        settings.set_key_folder(self.key_folder.text().strip())
        settings.set_transcript_font_pt(self.font_pt.value())
        settings.set_jk_skip_interviewer(self.skip_interviewer.isChecked())
        settings.set_undo_limit(self.undo.value())
        if self.coding_view is not None:
            self.coding_view.editor.apply_font_pt(self.font_pt.value())
        self.accept()
        return True
