"""Loading the UI translation (``KONDENS_LANG`` env, then the user setting, then the system locale), and
showing errors of the Qt-free layers in the UI language (:func:`tr_error`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import settings
from coding.errors import Message, os_reason

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"en": "English", "nb": "Norsk bokmål"}
MESSAGES = "messages"  # catalogue context of the N_-marked messages (app.i18n_build.extract_messages)


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


def tr_message(msg: Message) -> str:
    """``msg`` in the UI language: its template looked up in the catalogue's ``messages`` context (where
    ``make translations`` puts every ``N_`` marker), then formatted; nested Messages are translated too.
    A translation whose placeholders do not fit falls back to the English line rather than hide the error."""
    text = QCoreApplication.translate(MESSAGES, msg.template)
    if not msg.params:
        return text
    params = {k: tr_message(v) if isinstance(v, Message) else v for k, v in msg.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(msg)


def tr_error(exc: BaseException) -> str:
    """The one way the GUI turns an exception into text for the user (message boxes, status bar, import
    rows, search box): marked messages (KondensError, reader and query errors) translated; an OSError as
    "file: reason"; anything else as its English text. The CLI prints ``str(exc)`` instead."""
    msg = getattr(exc, "message", None)
    if isinstance(msg, Message):
        return tr_message(msg)
    if isinstance(exc, OSError) and (exc.errno or exc.strerror):
        reason = os_reason(exc)
        text = tr_message(reason) if isinstance(reason, Message) else reason
        return f"{exc.filename}: {text}" if exc.filename else text
    return str(exc) or type(exc).__name__


def count(n: int, one: str, many: str) -> str:
    """``one`` (already translated, e.g. ``tr("1 comment")``) when ``n`` is 1, else ``many`` with ``%1`` as
    ``n``: the two plural forms Bokmål and English need, as two catalogue entries (no ``%n`` numerus forms)."""
    return one if n == 1 else many.replace("%1", str(n))


def percent(share: float) -> str:
    """``0.35`` → ``"35 %"``: with a space, as Norwegian (and SI) style writes it, in both languages."""
    return f"{round(share * 100)} %"
