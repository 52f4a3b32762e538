"""Loading the UI translation: ``KONDENS_LANG`` env, then the user setting, then the system locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import settings

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"en": "English", "nb": "Norsk bokmål"}


def chosen_language() -> str:
    lang = settings.language()
    if not lang:
        name = QLocale.system().name()  # "nb_NO", "nn_NO", "en_US", …
        lang = "nb" if name.split("_")[0] in ("nb", "no", "nn") else "en"
    return lang if lang in LANGUAGES else "en"


def install_translator(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Install our translator (and Qt's own, for standard dialogs). Returns them so they stay alive."""
    lang = lang or chosen_language()
    out: list[QTranslator] = []
    if lang == "en":
        return out
    # Qt's own widgets (the file dialog's dates and sizes, calendars, spin boxes) follow the UI language too,
    # not the system's locale, which may well be English (or C) on a Norwegian user's machine.
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"kondens_{lang}.qm")):
        app.installTranslator(ours)
        out.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        out.append(qt)
    app.setProperty("kondens_translators", len(out))
    return out


def percent(share: float) -> str:
    """``0.35`` → ``"35 %"``: with a space, as Norwegian (and SI) style writes it, in both languages."""
    return f"{round(share * 100)} %"
