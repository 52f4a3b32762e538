"""User settings outside any project: recent projects, window geometry, coder name, language.

Stored in an INI file under ``KONDENS_CONFIG_DIR`` (tests) or the platform's config folder.
Never transcript text, never names of informants: only paths, UI state and the coder's initials.
Main thread only (QSettings objects are cheap; one is made per call).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_MAX = 10


def config_dir() -> Path:
    env = os.environ.get("KONDENS_CONFIG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("kondens", appauthor=False))


def settings() -> QSettings:
    d = config_dir()
    d.mkdir(parents=True, exist_ok=True)
    return QSettings(str(d / "kondens.ini"), QSettings.Format.IniFormat)


def _get_str(key: str, default: str = "") -> str:
    v = settings().value(key, default)
    return str(v) if v is not None else default


def recent_projects() -> list[str]:
    v = settings().value("recent/projects", [])
    if isinstance(v, str):
        v = [v] if v else []
    return [str(p) for p in (v or [])]


def add_recent_project(path: str | os.PathLike[str]) -> list[str]:
    """Remember a project folder, or a team project's ``postgresql://`` URL (never with a password)."""
    p = str(path) if str(path).lower().startswith(("postgresql://", "postgres://")) else str(Path(path).resolve())
    items = [p] + [x for x in recent_projects() if x != p]
    items = items[:RECENT_MAX]
    settings().setValue("recent/projects", items)
    return items


def remove_recent_project(path: str) -> None:
    settings().setValue("recent/projects", [x for x in recent_projects() if x != path])


def _project_key(path: str | os.PathLike[str]) -> str:
    import hashlib

    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def last_transcript(project_path: str | os.PathLike[str]) -> int | None:
    """The transcript last open in the project at ``project_path`` on this computer (an id, no text)."""
    v = settings().value(f"last_transcript/{_project_key(project_path)}", None)
    try:
        return int(v) if v not in (None, "") else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def set_last_transcript(project_path: str | os.PathLike[str], transcript_id: int) -> None:
    settings().setValue(f"last_transcript/{_project_key(project_path)}", int(transcript_id))


def coder() -> str:
    return _get_str("coding/coder")


def set_coder(name: str) -> None:
    settings().setValue("coding/coder", name.strip())


def language() -> str:
    """'' = follow the system locale; else a code such as 'nb' or 'en'. ``KONDENS_LANG`` wins."""
    return os.environ.get("KONDENS_LANG") or _get_str("ui/language")


def set_language(code: str) -> None:
    settings().setValue("ui/language", code)


UNDO_LIMIT = 500


def _get_bool(key: str, default: bool) -> bool:
    v = settings().value(key, default)
    return v if isinstance(v, bool) else str(v).lower() in ("1", "true", "yes")


def jk_skip_interviewer() -> bool:
    """J/K (next/previous uncoded line) pass over the interviewer's lines; on by default."""
    return _get_bool("coding/jk_skip_interviewer", True)


def set_jk_skip_interviewer(on: bool) -> None:
    settings().setValue("coding/jk_skip_interviewer", bool(on))


def transcript_font_pt() -> float:
    """Point size of the transcript text; 0 = the system font enlarged by a tenth."""
    try:
        return max(0.0, float(str(settings().value("reader/font_pt", 0))))
    except ValueError:
        return 0.0


def set_transcript_font_pt(pt: float) -> None:
    settings().setValue("reader/font_pt", float(pt))


def key_folder() -> str:
    """Where new linking keys are created ('' = the default in the user's data folder)."""
    return _get_str("privacy/key_dir")


def set_key_folder(path: str) -> None:
    settings().setValue("privacy/key_dir", path)


def undo_limit() -> int:
    """How many steps Ctrl+Z can go back (0 = no limit). Undo data lives in memory only."""
    try:
        return max(0, int(str(settings().value("coding/undo_limit", UNDO_LIMIT))))
    except ValueError:
        return UNDO_LIMIT


def set_undo_limit(n: int) -> None:
    settings().setValue("coding/undo_limit", max(0, int(n)))


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    geo, state = s.value("window/geometry"), s.value("window/state")
    return (geo if isinstance(geo, QByteArray) else None, state if isinstance(state, QByteArray) else None)


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
