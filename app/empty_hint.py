"""A short grey line inside an empty list, tree or table saying what fills it and how.

``EmptyHint(view, text)`` shows ``text`` centred in the view's viewport while the view's model has no
rows, and hides it as soon as it has one; ``empty=`` gives another test (e.g. "no theme areas" for a tree
that always shows its "Uncategorised" row): the hint then sits below the rows that are there, or, with
``layout=``, in that layout under the view (for a short dock whose rows leave no room). The text is the
caller's ``tr()``; ``set_text`` changes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QLabel


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str, empty: Callable[[], bool] | None = None,
                 layout: QBoxLayout | None = None) -> None:
        super().__init__(view)
        self.view = view
        self._empty = empty
        self._in_layout = layout is not None
        self.label = QLabel(text, None if layout is not None else view.viewport())
        if layout is not None:
            layout.addWidget(self.label)
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self._model: object = None
        view.viewport().installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.update)
        self._watch()
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    def text(self) -> str:
        return self.label.text()

    def is_shown(self) -> bool:
        return not self.label.isHidden()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            sig.connect(self._timer.start)

    def _is_empty(self) -> bool:
        if self._empty is not None:
            return self._empty()
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def update(self) -> None:
        self._watch()  # the view may have been given a new model
        empty = self._is_empty()
        self.label.setVisible(empty)
        if empty and not self._in_layout:
            self._place()

    def _place(self) -> None:
        vp = self.view.viewport()
        top = 0
        model = self.view.model()
        if model is not None and model.rowCount() > 0:  # below the rows that are there
            last = model.index(model.rowCount() - 1, 0)
            top = max(0, self.view.visualRect(last).bottom() + 1)
        self.label.setGeometry(0, top, vp.width(), max(0, vp.height() - top) if top else vp.height())
        if top:
            self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False
