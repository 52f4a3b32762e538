"""Adds the privacy actions to the main window's menus.

``window`` must provide ``menu(name) -> QMenu``, ``ctx`` (the open project's ``ProjectContext``) and
``current_selection() -> (transcript_id, start, end) | None``.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from app.review.key_dialogs import linking_key_action
from app.review.lists_dialog import edit_identifier_lists
from app.review.project_actions import withdraw_informant_action
from app.review.redact_action import redact_selection
from app.workbench import Workbench


def install(window: Workbench) -> None:
    redact = QAction("Redact selection…", window)
    redact.setObjectName("actionRedactSelection")
    redact.setStatusTip("Replace the selected text by a tag, here or in every transcript")
    redact.triggered.connect(lambda: redact_selection(window))
    window.menu("Edit").addAction(redact)

    project = window.menu("Project")
    withdraw = QAction("Withdraw informant…", window)
    withdraw.setObjectName("actionWithdrawInformant")
    withdraw.triggered.connect(lambda: withdraw_informant_action(window))
    project.addAction(withdraw)
    key = QAction("Linking key…", window)
    key.setObjectName("actionLinkingKey")
    key.triggered.connect(lambda: linking_key_action(window))
    project.addAction(key)
    lists = QAction("Identifier lists…", window)
    lists.setObjectName("actionIdentifierLists")
    lists.setStatusTip("Words that are never identifiers (project) and names that always are (linking key)")
    lists.triggered.connect(lambda: edit_identifier_lists(window))
    project.addAction(lists)
