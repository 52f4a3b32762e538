"""Adds the privacy actions to the main window's menus.

``window`` must provide ``menu(name) -> QMenu``, ``ctx`` (the open project's ``ProjectContext``) and
``current_selection() -> (transcript_id, start, end) | None``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from app.review.key_dialogs import linking_key_action
from app.review.lists_dialog import edit_identifier_lists
from app.review.project_actions import withdraw_informant_action
from app.review.redact_action import redact_selection
from app.workbench import Workbench


def install(window: Workbench) -> None:
    redact = QAction(QCoreApplication.translate("ReviewMenus", "Redact selection…"), window)
    redact.setObjectName("actionRedactSelection")
    redact.setStatusTip(QCoreApplication.translate("ReviewMenus", "Replace the selected text by a tag, here or in every transcript"))
    redact.triggered.connect(lambda: redact_selection(window))
    window.menu("Edit").addAction(redact)

    project = window.menu("Project")
    withdraw = QAction(QCoreApplication.translate("ReviewMenus", "Withdraw informant…"), window)
    withdraw.setObjectName("actionWithdrawInformant")
    withdraw.triggered.connect(lambda: withdraw_informant_action(window))
    project.addAction(withdraw)
    key = QAction(QCoreApplication.translate("ReviewMenus", "Linking key…"), window)
    key.setObjectName("actionLinkingKey")
    key.triggered.connect(lambda: linking_key_action(window))
    project.addAction(key)
    lists = QAction(QCoreApplication.translate("ReviewMenus", "Identifier lists…"), window)
    lists.setObjectName("actionIdentifierLists")
    lists.setStatusTip(QCoreApplication.translate("ReviewMenus", "Words that are never identifiers (project) and names that always are "
                          "(linking key)"))
    lists.triggered.connect(lambda: edit_identifier_lists(window))
    project.addAction(lists)
