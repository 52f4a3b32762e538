"""Export dialogs: the quote set (same choices as ``kondens export quotes``), the member check and the
supervisor report's optional sections.

Both are plain option forms: they read theme areas and informants from the project when opened and
return frozen option objects from :mod:`exports`; the export itself runs elsewhere (worker thread).
Last choices are remembered in the user's settings (never in the project). Main thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app import settings
from coding.store import Project
from coding.store.models import Informant, ThemeNode
from exports.member_check import MemberCheckInfo, informants_with_quotes
from exports.quote_format import REF_FORMAT_LABELS, REF_FORMATS
from exports.quotes_docx import QuoteSetOptions
from exports.report import ReportOptions

REF_FORMAT_KEY = "export/quote_ref_format"


def ref_format() -> str:
    """The reference format last chosen (also used by Copy quote with reference)."""
    v = str(settings.settings().value(REF_FORMAT_KEY, "full") or "full")
    return v if v in REF_FORMATS else "full"


def set_ref_format(fmt: str) -> None:
    settings.settings().setValue(REF_FORMAT_KEY, fmt)


def _checklist(items: list[tuple[str, str]], tip: str) -> QListWidget:
    """A list of checkable items ``(shown text, value)``; nothing checked means "all"."""
    w = QListWidget()
    w.setToolTip(tip)
    for text, value in items:
        it = QListWidgetItem(text)
        it.setData(Qt.ItemDataRole.UserRole, value)
        it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        it.setCheckState(Qt.CheckState.Unchecked)
        w.addItem(it)
    w.setMaximumHeight(140)
    return w


def _checked(w: QListWidget) -> tuple[str, ...]:
    return tuple(str(w.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(w.count())
                 if w.item(i).checkState() == Qt.CheckState.Checked)


def _export_buttons() -> QDialogButtonBox:
    """Export and Cancel: the dialog's main button says what it does (not "OK")."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ExportDialogs", "Export"))
    return buttons


def quote_set_choices(project: Project) -> tuple[list[str], list[str]]:
    """Executor side of opening the quote-set dialog: the theme areas' names and the informants' labels."""
    with project.read() as s:
        areas = list(s.scalars(select(ThemeNode.name).where(ThemeNode.parent_id.is_(None))
                               .order_by(ThemeNode.position, ThemeNode.id)))
        labels = list(s.scalars(select(Informant.label).order_by(Informant.label)))
    return areas, labels


class QuoteSetDialog(QDialog):
    """Theme areas, informants, approved/golden only, reference format, condensates, segments."""

    def __init__(self, project: Project, parent: QWidget | None = None,
                 choices: tuple[list[str], list[str]] | None = None) -> None:
        """``choices``: what :func:`quote_set_choices` read on the executor (None: read here, for tests)."""
        super().__init__(parent)
        self.setObjectName("quoteSetDialog")
        self.setWindowTitle(self.tr("Export quote set"))
        area_names, labels = choices if choices is not None else quote_set_choices(project)
        areas = [(name, name) for name in area_names]
        informants = [(self.tr("Informant %1").replace("%1", lab), lab) for lab in labels]
        self.themes = _checklist(areas, self.tr("Check theme areas to export; none checked = all"))
        self.informants = _checklist(informants, self.tr("Check informants to export; none checked = all"))
        self.approved = QCheckBox(self.tr("Only quotes the informant has approved"))
        self.golden = QCheckBox(self.tr("Only golden quotes"))
        self.condensates = QCheckBox(self.tr("Include the condensates"))
        self.condensates.setChecked(True)
        self.segments = QCheckBox(self.tr("Every coded segment, not only quotes"))
        self.ref = QComboBox()
        lang = "nb" if settings.language() == "nb" else "en"
        for fmt in REF_FORMATS:
            self.ref.addItem(REF_FORMAT_LABELS[lang][fmt], fmt)
        self.ref.setCurrentIndex(REF_FORMATS.index(ref_format()))
        self.title = QLineEdit("Sitater")
        g1 = QGroupBox(self.tr("Theme areas"))
        QVBoxLayout(g1).addWidget(self.themes)
        g2 = QGroupBox(self.tr("Informants"))
        QVBoxLayout(g2).addWidget(self.informants)
        lists = QHBoxLayout()
        lists.addWidget(g1)
        lists.addWidget(g2)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Reference after each quote"), self.ref)
        lay = QVBoxLayout(self)
        lay.addLayout(lists)
        lay.addWidget(QLabel(self.tr("Nothing checked in a list means all of them.")))
        for w in (self.approved, self.golden, self.condensates, self.segments):
            lay.addWidget(w)
        lay.addLayout(form)
        buttons = _export_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def options(self) -> QuoteSetOptions:
        fmt = str(self.ref.currentData())
        set_ref_format(fmt)
        return QuoteSetOptions(theme_names=_checked(self.themes), informants=_checked(self.informants),
                               approved_only=self.approved.isChecked(), golden_only=self.golden.isChecked(),
                               ref_format=fmt, condensates=self.condensates.isChecked(),
                               from_segments=self.segments.isChecked(), title=self.title.text().strip() or "Sitater")


class MemberCheckDialog(QDialog):
    """Pick the informant (only those with quotes) and fill in who asks and by when."""

    def __init__(self, project: Project, parent: QWidget | None = None,
                 choices: list[tuple[str, int]] | None = None) -> None:
        """``choices``: the informants with quotes, read on the executor (None: read here, for tests)."""
        super().__init__(parent)
        self.setObjectName("memberCheckDialog")
        self.setWindowTitle(self.tr("Member check"))
        st = settings.settings()
        self.informant = QComboBox()
        for label, n in choices if choices is not None else informants_with_quotes(project):
            text = self.tr("Informant %1 (1 quote)") if n == 1 else self.tr("Informant %1 (%2 quotes)")
            self.informant.addItem(text.replace("%1", label).replace("%2", str(n)), label)
        self.project_title = QLineEdit(str(st.value("member_check/title/" + project.name, project.name)))
        self.researcher = QLineEdit(str(st.value("member_check/researcher", "") or ""))
        self.contact = QLineEdit(str(st.value("member_check/contact", "") or ""))
        self.contact.setPlaceholderText(self.tr("e-mail or phone"))
        self.return_by = QDateEdit(QDate.currentDate().addDays(14))
        self.return_by.setCalendarPopup(True)
        self.return_by.setDisplayFormat("d. MMMM yyyy")
        # The date goes into the Norwegian packet as written here: Norwegian month names, whatever the UI.
        self.return_by.setLocale(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        self._project_name = project.name
        form = QFormLayout(self)
        form.addRow(self.tr("Informant"), self.informant)
        form.addRow(self.tr("Project title"), self.project_title)
        form.addRow(self.tr("Researcher"), self.researcher)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Reply by"), self.return_by)
        buttons = _export_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.informant.count() > 0)
        form.addRow(buttons)
        self.setMinimumWidth(460)  # room for a project title and an e-mail address

    def label(self) -> str:
        return str(self.informant.currentData() or "")

    def info(self) -> MemberCheckInfo:
        st = settings.settings()
        st.setValue("member_check/title/" + self._project_name, self.project_title.text().strip())
        st.setValue("member_check/researcher", self.researcher.text().strip())
        st.setValue("member_check/contact", self.contact.text().strip())
        return MemberCheckInfo(project_title=self.project_title.text().strip(),
                               researcher=self.researcher.text().strip(), contact=self.contact.text().strip(),
                               return_by=_norwegian_date(self.return_by.date()))


_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")


def _norwegian_date(d: Any) -> str:
    return f"{d.day()}. {_MONTHS[d.month() - 1]} {d.year()}"


class ReportDialog(QDialog):
    """Which optional sections the supervisor report gets, and the snapshot to compare with."""

    def __init__(self, project: Project, parent: QWidget | None = None, snapshots: list[Any] | None = None) -> None:
        """``snapshots``: read on the executor (None: read here, for tests)."""
        from coding.snapshots import list_snapshots

        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Supervisor report"))
        st = settings.settings()
        self.questions = QCheckBox(self.tr("Research questions with their linked themes"))
        self.extracts = QCheckBox(self.tr("Extracts per code, with references"))
        self.memos = QCheckBox(self.tr("Memos and reflection notes"))
        self.matrix = QCheckBox(self.tr("Theme × informant matrix"))
        for box, key, default in ((self.questions, "questions", True), (self.extracts, "extracts", False),
                                  (self.memos, "memos", False), (self.matrix, "matrix", False)):
            box.setChecked(str(st.value(f"export/report_{key}", default)).lower() == "true")
        self.snapshot = QComboBox()
        self.snapshot.addItem(self.tr("(no comparison)"), None)
        for sn in snapshots if snapshots is not None else list_snapshots(project):
            self.snapshot.addItem(f"{sn.name} ({sn.created[:10]})", sn.id)
        lay = QVBoxLayout(self)
        for w in (self.questions, self.extracts, self.memos, self.matrix):
            lay.addWidget(w)
        form = QFormLayout()
        form.addRow(self.tr("Changes since snapshot"), self.snapshot)
        lay.addLayout(form)
        buttons = _export_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def options(self) -> ReportOptions:
        st = settings.settings()
        for box, key in ((self.questions, "questions"), (self.extracts, "extracts"), (self.memos, "memos"),
                         (self.matrix, "matrix")):
            st.setValue(f"export/report_{key}", "true" if box.isChecked() else "false")
        snap = self.snapshot.currentData()
        return ReportOptions(extracts=self.extracts.isChecked(), memos=self.memos.isChecked(),
                             questions=self.questions.isChecked(), matrix=self.matrix.isChecked(),
                             since_snapshot=int(snap) if snap is not None else None)
