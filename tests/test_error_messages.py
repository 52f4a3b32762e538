"""Messages of the Qt-free layers: marked templates with parameters, one catalogue, shown in the UI language.

``coding/``, ``transcripts/`` and ``exports/`` raise ``KondensError(N_("template"), **params)`` (and the reader
and query errors likewise); ``app.i18n_build`` extracts the markers into the catalogue's ``messages`` context
and ``app.i18n.tr_error`` translates the template, then formats. The CLI keeps ``str(exc)``: English.
"""

from __future__ import annotations

import ast
import errno
import string
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.i18n import install_translator, tr_error
from app.i18n_build import MESSAGE_LAYERS, extract_messages
from coding.errors import N_, KondensError, Message, os_reason
from transcripts.importing.errors import ImportFailed

ROOT = Path(__file__).resolve().parent.parent
BASES = {"MarkedError", "KondensError"}
MESSAGE_ARG = {"ImportFailed": 1, "ProjectLocked": -1}  # ImportFailed(path, reason, **params); ProjectLocked
# builds its message itself (checked like every other N_ template, through its Message() calls)


def _marked_classes(trees: list[ast.Module]) -> set[str]:
    names = set(BASES)
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for n in ast.walk(tree):
                if isinstance(n, ast.ClassDef) and n.name not in names and any(
                        (isinstance(b, ast.Name) and b.id in names) or (isinstance(b, ast.Attribute) and b.attr in names)
                        for b in n.bases):
                    names.add(n.name)
                    grew = True
    return names


def _fields(template: str) -> set[str]:
    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f}


def _is_marked(node: ast.expr) -> bool:
    if isinstance(node, ast.IfExp):
        return _is_marked(node.body) and _is_marked(node.orelse)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def problems_in(sources: dict[str, str]) -> list[str]:
    """Every construction of a marked error whose message is not an ``N_("literal")`` template (or an
    existing Message), and every template whose placeholders differ from the parameters passed."""
    trees = {name: ast.parse(src, filename=name) for name, src in sources.items()}
    classes = _marked_classes(list(trees.values()))
    out = []
    for name, tree in trees.items():
        for n in ast.walk(tree):
            if not isinstance(n, ast.Call):
                continue
            f = n.func
            fname = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            where = f"{name}:{n.lineno}"
            if fname == "Message":
                if n.args and not (_is_marked(n.args[0]) or isinstance(n.args[0], ast.Name)):
                    out.append(f"{where}: Message() of an unmarked text")
                elif n.args and _is_marked(n.args[0]) and isinstance(n.args[0], ast.Call):
                    template = n.args[0].args[0].value  # type: ignore[attr-defined]
                    if n.keywords and _fields(template) != {k.arg for k in n.keywords}:
                        out.append(f"{where}: placeholders of {template!r} differ from its parameters")
                continue
            if fname not in classes or fname in BASES and isinstance(f, ast.Attribute):
                continue
            i = MESSAGE_ARG.get(fname, 0)
            if not 0 <= i < len(n.args):
                continue
            arg = n.args[i]
            if isinstance(arg, ast.Attribute) and arg.attr == "message":
                continue  # re-raising an already marked message
            if not _is_marked(arg):
                out.append(f"{where}: {fname}() with an unmarked message: {ast.unparse(arg)[:80]}")
                continue
            template = arg.args[0].value  # type: ignore[attr-defined]
            params = {k.arg for k in n.keywords}
            if params and _fields(template) != params:  # without parameters a template is used literally
                out.append(f"{where}: placeholders of {template!r} differ from its parameters {sorted(params)}")
    return out


def _layer_sources() -> dict[str, str]:
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
            for layer in MESSAGE_LAYERS for p in sorted((ROOT / layer).rglob("*.py"))
            if "__pycache__" not in p.parts and "migrations" not in p.parts}


def test_the_check_catches_unmarked_messages() -> None:
    base = "from coding.errors import KondensError, N_\nclass ThemeError(KondensError): ...\n"
    assert problems_in({"ok.py": base + 'raise ThemeError(N_("{name}: gone"), name=n)\n'}) == []
    for bad in ('raise ThemeError(f"{n}: gone")\n', 'raise ThemeError("gone")\n', 'raise KondensError(msg)\n',
                'raise ThemeError("{0}: gone".format(n))\n', 'raise ThemeError(N_("{name}: gone"), who=n)\n',
                'x = Message("gone")\n'):
        assert problems_in({"bad.py": base + bad}), bad


def test_every_error_of_the_qt_free_layers_is_marked() -> None:
    problems = problems_in(_layer_sources())
    assert not problems, "\n".join(problems)


def test_build_extracts_every_marker() -> None:
    messages = extract_messages(ROOT)
    assert "is a damaged Word document ({error})" in messages
    assert "{file}: {reason}" in messages
    assert any(path == "transcripts/readers/base.py" for path, _ in messages["does not exist"])
    assert all(not path.startswith("app/") for sites in messages.values() for path, _ in sites)


def test_str_is_english_and_tr_error_without_translation_agrees() -> None:
    e = ImportFailed(Path("/x/intervju.docx"), N_("is not a valid {what} (corrupt file)"),
                     what=Message(N_("Word document")))
    assert str(e) == "intervju.docx: is not a valid Word document (corrupt file)"
    assert e.reason == "is not a valid Word document (corrupt file)"
    assert tr_error(e) == str(e)  # no translator installed: the English line
    assert str(KondensError(N_("{a} {{literal}}"), a=1)) == "1 {literal}"
    assert str(KondensError(N_("no params: {kept} as is"))) == "no params: {kept} as is"
    assert str(os_reason(PermissionError(errno.EACCES, "Permission denied"))) == "Permission denied"
    assert tr_error(FileNotFoundError(errno.ENOENT, "No such file or directory", "a.txt")) == \
        "a.txt: No such file or directory"


@pytest.fixture
def bokmal(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_LANG", "nb")
    app = QApplication.instance() or QApplication([])
    translators = install_translator(app)  # type: ignore[arg-type]
    assert translators
    yield
    for t in translators:
        app.removeTranslator(t)  # type: ignore[union-attr]


def test_import_dialog_shows_file_errors_in_bokmal(qtbot, bokmal, project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.context import ProjectContext
    from app.importing.dialog import ImportDialog

    (tmp_path / "skadet.docx").write_bytes(b"\x00\x01 not a zip " * 200)
    d = ImportDialog(ProjectContext(project))
    qtbot.addWidget(d)
    try:
        with qtbot.waitSignal(d.runner.finished, timeout=30000):
            d.add_files([str(tmp_path / "mangler.docx"), str(tmp_path / "skadet.docx")])
        shown = d.problems.text()
        assert "mangler.docx: finnes ikke" in shown
        assert "skadet.docx: er ikke et gyldig Word-dokument (skadet fil)" in shown
        assert "does not exist" not in shown and "corrupt" not in shown
    finally:
        d.runner.wait()


def test_nested_messages_and_os_reasons_in_bokmal(bokmal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coding.store import Project

    with pytest.raises(KondensError) as info:
        Project.open(tmp_path / "nowhere")
    assert str(info.value) == f"{tmp_path / 'nowhere'}: path does not exist"  # the CLI line stays English
    assert tr_error(info.value) == f"{tmp_path / 'nowhere'}: stien finnes ikke"
    assert tr_error(FileNotFoundError(errno.ENOENT, "No such file or directory", "a.txt")) == \
        "a.txt: Filen eller mappen finnes ikke"


def test_search_query_errors_in_bokmal(bokmal) -> None:  # type: ignore[no-untyped-def]
    from transcripts.search.query import parse
    from transcripts.search.types import QueryError

    with pytest.raises(QueryError) as info:
        parse(None, '"et møtested')  # type: ignore[arg-type]  (refused before the parser is used)
    assert str(info.value) == 'unbalanced quotes: close the phrase with "'
    assert tr_error(info.value) == 'anførselstegn i ubalanse: avslutt frasen med "'
