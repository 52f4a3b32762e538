"""Guard against a broken Qt binding: PySide6 6.12.0 under Python 3.11 drops a reference to ``None`` on every
void call, so painting crashes the app after a few thousand calls (``Fatal Python error: none_dealloc``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    img = QImage(20, 20, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    c = QColor("#4e79a7")
    before = sys.getrefcount(None)
    for _ in range(500):
        c.setAlpha(120)
        p.drawLine(0, 0, 5, 5)
        p.save()
        p.restore()
    after = sys.getrefcount(None)
    p.fillRect(QRectF(0, 0, 4, 4), c)
    p.end()
    assert after - before > -50, "this PySide6 build leaks references to None; pin another version"
