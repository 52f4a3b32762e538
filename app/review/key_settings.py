"""Where the user keeps the linking key of each project: user settings only, never the project.

The import dialog reads :func:`linking_key_path` to load the key (and its always-list) before
detecting. Only paths are stored here, never the key's content.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.settings import settings

KEY = "privacy/linking_keys"


def _all() -> dict[str, str]:
    raw = settings().value(KEY, "{}")
    try:
        data = json.loads(str(raw))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def linking_key_path(project_path: str | os.PathLike[str]) -> Path | None:
    v = _all().get(str(Path(project_path).resolve()))
    return Path(v) if v else None


def set_linking_key_path(project_path: str | os.PathLike[str], key_path: str | os.PathLike[str] | None) -> None:
    data = _all()
    p = str(Path(project_path).resolve())
    if key_path:
        data[p] = str(Path(key_path).resolve())
    else:
        data.pop(p, None)
    settings().setValue(KEY, json.dumps(data))
