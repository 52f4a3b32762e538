"""Where the user keeps each project's linking key, and the app-wide cache of unlocked keys.

The project records only its random id and whether it uses a key (:mod:`coding.services.key_settings`).
The key's PATH is a per-machine fact kept in the user's settings (keyed by project id); when there is
no entry the key is expected at the default place ``<user data dir>/Kondens/keys/<project id>.kondenskey``.
Never the key's content. Unlocked keys stay in memory for the rest of the session (one per project),
so the passphrase is asked once.

No widgets here: the CLI uses these functions too.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.settings import settings
from coding.errors import KondensError
from coding.services.key_settings import KeyState, ensure_project_id, key_state, set_key_mode
from coding.store import Project
from transcripts.deid.key_project import unlock_project_key
from transcripts.deid.linking_key import LinkingKey, LinkingKeyError, default_key_path, is_inside_project

PATHS = "privacy/linking_key_paths"  # project id → key path (only when not the default place)
LEGACY = "privacy/linking_keys"  # project path → key path, from before keys were per project id

_UNLOCKED: dict[str, LinkingKey] = {}  # project id → unlocked key, for this session


def _read(name: str) -> dict[str, str]:
    raw = settings().value(name, "{}")
    try:
        data = json.loads(str(raw))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write(name: str, data: dict[str, str]) -> None:
    settings().setValue(name, json.dumps(data))


def _legacy_path(project: Project) -> Path | None:
    v = _read(LEGACY).get(str(Path(project.path).resolve()))
    return Path(v) if v else None


@dataclass(frozen=True)
class KeyStatus:
    uses_key: bool  # the project works with a linking key (a new project does by default)
    chosen_none: bool  # the user chose to work without one
    project_id: str
    path: Path | None  # where the key is expected

    @property
    def found(self) -> bool:
        return self.path is not None and self.path.is_file()


def key_status(project: Project, state: KeyState | None = None) -> KeyStatus:
    """Where the project's key is and whether it uses one. ``state``: the project's key settings as
    already read on the executor (None reads them here, on the calling thread)."""
    state = state if state is not None else key_state(project)
    legacy = _legacy_path(project)
    if state.mode == "none":
        return KeyStatus(False, True, state.project_id, None)
    if state.mode == "key" and state.project_id:
        known = _read(PATHS).get(state.project_id)
        return KeyStatus(True, False, state.project_id, Path(known) if known else default_key_path(state.project_id))
    if legacy is not None:  # a key chosen by path before keys were the default (version 1, plaintext)
        return KeyStatus(True, False, state.project_id, legacy)
    return KeyStatus(False, False, state.project_id, None)


def remember_key_path(project_id: str, path: str | os.PathLike[str]) -> None:
    """Record where this machine keeps the key of ``project_id`` (dropped when it is the default place)."""
    data = _read(PATHS)
    p = Path(path).resolve()
    if p == default_key_path(project_id).resolve():
        data.pop(project_id, None)
    else:
        data[project_id] = str(p)
    _write(PATHS, data)


def _forget_legacy(project: Project) -> None:
    data = _read(LEGACY)
    if data.pop(str(Path(project.path).resolve()), None) is not None:
        _write(LEGACY, data)


def check_key_place(project: Project, path: str | os.PathLike[str]) -> Path:
    """The key must live apart from the project: a path inside the project folder is refused."""
    p = Path(path).expanduser()
    if is_inside_project(p, project.path):
        raise LinkingKeyError(QCoreApplication.translate("LinkingKey", "{0}: the linking key links tags back to real names; "
                                                         "keep it outside the project folder").format(p))
    return p


def create_project_key(project: Project, passphrase: str, path: str | os.PathLike[str] | None = None) -> LinkingKey:
    """Give ``project`` a new, empty encrypted key (default place unless ``path``); it stays unlocked."""
    pid = key_status(project).project_id or str(ensure_project_id(project).value)
    target = check_key_place(project, path if path else default_key_path(pid))
    key = LinkingKey.create(target, passphrase, project_id=pid)
    set_key_mode(project, "key")
    remember_key_path(pid, target)
    _forget_legacy(project)
    _UNLOCKED[pid] = key
    return key


def work_without_key(project: Project) -> None:
    set_key_mode(project, "none")


def unlock(project: Project, passphrase: str) -> LinkingKey:
    """Open the project's key with ``passphrase`` (migrating a version-1 key), and cache it."""
    status = key_status(project)
    if not status.uses_key or status.path is None:
        raise KondensError(QCoreApplication.translate("LinkingKey", "{0}: the project has no linking key").format(project.path))
    if not status.found:
        raise LinkingKeyError(QCoreApplication.translate("LinkingKey", "{0}: linking key not found (Project → Linking key… can "
                                                         "locate it)").format(status.path))
    key = unlock_project_key(project, status.path, passphrase)
    if not project.readonly and (not status.project_id or key_state(project).mode != "key"):
        pid = str(set_key_mode(project, "key").value)  # a legacy key: the project gets an id, the key too
        key.project_id = pid
        key.save()
        remember_key_path(pid, key.path)
        _forget_legacy(project)
    _UNLOCKED[key.project_id] = key
    return key


def locate_key(project: Project, path: str | os.PathLike[str], passphrase: str) -> LinkingKey:
    """Use the existing key file at ``path`` for ``project`` (moved by hand, another machine, old key)."""
    p = check_key_place(project, path)
    pid = key_state(project).project_id or str(ensure_project_id(project).value)
    key = unlock_project_key(project, p, passphrase)
    if not key.project_id:
        key.project_id = pid
        key.save()
    set_key_mode(project, "key")
    remember_key_path(pid, p)
    _forget_legacy(project)
    _UNLOCKED[pid] = key
    return key


def move_key(project: Project, key: LinkingKey, new_path: str | os.PathLike[str]) -> Path:
    target = check_key_place(project, new_path)
    if target.is_dir():
        target = target / key.path.name
    moved = key.move_to(target)
    remember_key_path(key.project_id or key_state(project).project_id, moved)
    return moved


def change_passphrase(key: LinkingKey, new_passphrase: str) -> None:
    key.set_passphrase(new_passphrase)
    key.save()


def unlocked_key(project: Project, state: KeyState | None = None) -> LinkingKey | None:
    """The key of ``project`` if it was unlocked earlier in this session (``state``: see key_status)."""
    status = key_status(project, state)
    if not status.uses_key:
        return None
    key = _UNLOCKED.get(status.project_id) if status.project_id else None
    if key is not None and status.path is not None and key.path.resolve() != status.path.resolve():
        return None
    return key


def lock_all() -> None:
    """Forget every unlocked key (tests; the app just exits)."""
    _UNLOCKED.clear()


def key_note(project: Project, key: LinkingKey | None, state: KeyState | None = None) -> str:
    """One line for the import review: whether tags are consistent across transcripts."""
    if key is not None:
        return QCoreApplication.translate("LinkingKey", "Linking key in use: the same entity keeps the same tag in every "
                                                    "transcript ({0}).").format(key.path)
    status = key_status(project, state)
    if status.uses_key:
        return QCoreApplication.translate("LinkingKey", "The linking key is locked or missing: tags are numbered per transcript, "
                                                    "so [sted 1] may be a different place in another transcript.")
    return QCoreApplication.translate("LinkingKey", "No linking key: tags are numbered per transcript, so [sted 1] may be a different "
                                                "place in another transcript. Project → Linking key… creates one.")
