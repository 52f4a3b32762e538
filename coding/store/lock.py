"""One writer at a time: a lock file in the project folder.

``project.lock`` holds who has the project open (user, host, pid) and since when. A second process
is refused with that information and may open the project read-only. A lock is stale when its
process is gone (same host) or its heartbeat (the file's mtime, refreshed by the holder) is older
than ``STALE_AFTER`` (another host on a shared drive); a stale lock is taken over atomically.
Within one process the lock is re-entrant (tests and the CLI may open a project twice).
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coding.errors import KondensError

LOCK_NAME = "project.lock"
STALE_AFTER = 15 * 60  # seconds without heartbeat before another host may take over


class ProjectLocked(KondensError):
    def __init__(self, path: Path, holder: LockInfo) -> None:
        super().__init__(
            f"{path}: already open by {holder.user} on {holder.host} (pid {holder.pid}) since "
            f"{holder.since:%Y-%m-%d %H:%M}; open it read-only instead"
        )
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime


_held: dict[Path, int] = {}  # lock path -> re-entrancy count in this process


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return {"user": user, "host": socket.gethostname(), "pid": os.getpid(), "since": datetime.now().isoformat()}


def read_lock(project_path: Path) -> LockInfo | None:
    try:
        d = json.loads((project_path / LOCK_NAME).read_text(encoding="utf-8"))
        return LockInfo(str(d["user"]), str(d["host"]), int(d["pid"]), datetime.fromisoformat(d["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(project_path: Path, info: LockInfo | None) -> bool:
    if info is None:
        return True  # unreadable: a crash while writing it
    if info.host == socket.gethostname():
        return not _alive(info.pid)
    try:
        age = time.time() - (project_path / LOCK_NAME).stat().st_mtime
    except OSError:
        return True
    return age > STALE_AFTER


def acquire(project_path: Path) -> None:
    lock = (project_path / LOCK_NAME).resolve()
    if lock in _held:
        _held[lock] += 1
        return
    payload = json.dumps(_me()).encode()
    for _ in range(3):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            info = read_lock(project_path)
            if info is not None and info.host == socket.gethostname() and info.pid == os.getpid():
                break  # our own lock from an earlier open in this process
            if not is_stale(project_path, info):
                assert info is not None
                raise ProjectLocked(project_path, info) from None
            # Take over a stale lock: rename it away atomically, then retry the exclusive create.
            try:
                os.replace(lock, lock.with_name(f"{LOCK_NAME}.stale-{os.getpid()}"))
                os.unlink(lock.with_name(f"{LOCK_NAME}.stale-{os.getpid()}"))
            except FileNotFoundError:
                pass
            continue
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        break
    else:
        info = read_lock(project_path)
        raise ProjectLocked(project_path, info or LockInfo("unknown", "unknown", 0, datetime.now()))
    _held[lock] = 1


def heartbeat(project_path: Path) -> None:
    """Refresh the lock's mtime so other hosts see it is alive (call every few minutes)."""
    lock = project_path / LOCK_NAME
    if lock.resolve() in _held:
        os.utime(lock)


def release(project_path: Path) -> None:
    lock = (project_path / LOCK_NAME).resolve()
    n = _held.get(lock, 0)
    if n > 1:
        _held[lock] = n - 1
        return
    _held.pop(lock, None)
    info = read_lock(project_path)
    if info is not None and info.pid == os.getpid() and info.host == socket.gethostname():
        lock.unlink(missing_ok=True)
