"""Norwegian Bokmål UI: the compiled catalogue loads and the shell's menus and actions are translated."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.i18n import TRANSLATIONS, chosen_language, install_translator
from app.i18n_build import fill


def test_language_choice_follows_env(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_LANG", "nb")
    assert chosen_language() == "nb"
    monkeypatch.setenv("KONDENS_LANG", "xx")
    assert chosen_language() == "en"


def test_norwegian_menus(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_LANG", "nb")
    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")
    app = QApplication.instance()
    translators = install_translator(app)  # type: ignore[arg-type]
    try:
        assert translators, f"{TRANSLATIONS / 'kondens_nb.qm'} did not load"
        from app.main_window import MainWindow

        w = MainWindow()
        qtbot.addWidget(w)
        titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
        assert titles[:3] == ["Fil", "Rediger", "Koding"]
        acts = w.coding_view.actions
        assert acts.next_uncoded.text() == "Neste ukodede linje"
        assert w.coding_view.pass_box.itemText(1) == "Runde 2"
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]


def test_fill_never_overwrites_a_translators_work(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0"?><TS version="2.1" language="nb_NO"><context><name>C</name>'
                  '<message><source>&amp;File</source><translation>Arkiv</translation></message>'
                  '<message><source>&amp;Quit</source><translation type="unfinished"></translation></message>'
                  '</context></TS>', encoding="utf-8")
    assert fill(ts, {"&File": "&Fil", "&Quit": "&Avslutt"}) == 1
    out = ts.read_text(encoding="utf-8")
    assert "Arkiv" in out and "&amp;Avslutt" in out and "unfinished" not in out
