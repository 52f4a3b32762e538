"""One writer at a time: an operating-system lock on ``project.lock`` in the project folder.

The source of truth is an exclusive OS lock on the file (``fcntl.flock`` on Unix, ``msvcrt.locking``
on Windows), held for as long as the project is open for writing. The kernel drops it when the
process dies, so a crashed session never blocks the next one and two processes can never both hold
it. The file's content serves only the "who has it" message: a pseudonymous session description
(process id, since when, a one-way hash of the computer's name — no user or host names, because the
file travels with the project folder).

Shared drives: some network file systems do not pass OS locks between computers. So a lock taken
on one computer is also honoured from its content while its heartbeat (the file's mtime, refreshed
by the desktop app every minute through :func:`start_heartbeat`) is younger than ``STALE_AFTER``.

Within one process the lock is re-entrant (tests and the CLI may open a project twice).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from coding.errors import N_, KondensError, Message, os_reason

LOCK_NAME = "project.lock"
STALE_AFTER = 15 * 60  # seconds without heartbeat before another computer may take over
_WIN_OFFSET = 1 << 30  # Windows locks a byte range; lock one far beyond the content so it stays readable


class ProjectLocked(KondensError):
    def __init__(self, path: Path, holder: LockInfo) -> None:
        here = holder.host == host_id()
        where = Message(N_("on this computer") if here else N_("on another computer"))
        pid = Message(N_(" (process {pid})"), pid=holder.pid) if holder.pid and here else ""
        since = Message(N_(" since {time}"), time=f"{holder.since:%Y-%m-%d %H:%M}") if holder.since else ""
        super().__init__(N_("{path}: already open by another Kondens session {where}{pid}{since}; "
                            "open it read-only instead"), path=path, where=where, pid=pid, since=since)
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    host: str  # host_id() of the holder's computer
    pid: int
    since: datetime | None


@dataclass
class _Held:
    file: IO[bytes]
    count: int


_held: dict[Path, _Held] = {}  # lock path -> open locked file and re-entrancy count in this process


def host_id() -> str:
    """A stable, one-way pseudonym of this computer (tells "this computer" from "another")."""
    return hashlib.sha256(f"kondens-lock:{socket.gethostname()}".encode()).hexdigest()[:12]


def _payload() -> bytes:
    return json.dumps({"host": host_id(), "pid": os.getpid(), "since": datetime.now().isoformat()}).encode()


def read_lock(project_path: Path) -> LockInfo | None:
    try:
        d = json.loads((project_path / LOCK_NAME).read_text(encoding="utf-8"))
        return LockInfo(str(d["host"]), int(d["pid"]), datetime.fromisoformat(d["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_lock(f: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        f.seek(_WIN_OFFSET)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(f: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        f.seek(_WIN_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _same_file(f: IO[bytes], lock: Path) -> bool:
    """After locking: is the locked file still the one at ``lock`` (not unlinked by a releasing holder)?"""
    try:
        a, b = os.fstat(f.fileno()), os.stat(lock)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _fresh_elsewhere(lock: Path, info: LockInfo | None) -> bool:
    """A lock written on another computer whose heartbeat is recent (see the module doc)."""
    if info is None or info.host == host_id():
        return False
    try:
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return False
    return age <= STALE_AFTER


def _refuse(project_path: Path) -> ProjectLocked:
    return ProjectLocked(project_path, read_lock(project_path) or LockInfo("", 0, None))


def acquire(project_path: Path) -> None:
    lock = (project_path / LOCK_NAME).resolve()
    held = _held.get(lock)
    if held is not None:
        held.count += 1
        return
    for _ in range(20):
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise KondensError(N_("{path}: cannot create {lock_file} ({reason})"),
                               path=project_path, lock_file=LOCK_NAME, reason=os_reason(e)) from None
        f = os.fdopen(fd, "r+b")
        if not _try_lock(f):
            f.close()
            raise _refuse(project_path)
        if not _same_file(f, lock):  # the previous holder removed the file between our open and lock
            _unlock(f)
            f.close()
            continue
        if _fresh_elsewhere(lock, read_lock(project_path)):
            _unlock(f)
            f.close()
            raise _refuse(project_path)
        try:
            f.seek(0)
            f.truncate()
            f.write(_payload())
            f.flush()
        except OSError as e:
            _unlock(f)
            f.close()
            raise KondensError(N_("{path}: cannot write {lock_file} ({reason})"),
                               path=project_path, lock_file=LOCK_NAME, reason=os_reason(e)) from None
        _held[lock] = _Held(f, 1)
        return
    raise _refuse(project_path)


def holds(project_path: Path) -> bool:
    return (project_path / LOCK_NAME).resolve() in _held


def heartbeat(project_path: Path) -> None:
    """Refresh the lock's mtime so other computers see it is alive (see :func:`start_heartbeat`)."""
    lock = (project_path / LOCK_NAME).resolve()
    if lock in _held:
        try:
            os.utime(lock)
        except OSError:
            pass  # a shared drive that went away; the next write reports it


HEARTBEAT_EVERY = 60.0  # seconds; well inside STALE_AFTER
_beat: threading.Thread | None = None


def start_heartbeat(every: float = HEARTBEAT_EVERY) -> None:
    """Refresh every lock this process holds, every ``every`` seconds, for as long as it runs.

    The desktop app starts this once (sessions last for hours; CLI commands are short). A plain daemon
    thread rather than a Qt timer: it outlives any window or project and needs no event loop.
    """
    global _beat
    if _beat is not None and _beat.is_alive():
        return

    def beat() -> None:
        while True:
            time.sleep(every)
            for lock in list(_held):
                try:
                    os.utime(lock)
                except OSError:
                    pass  # a shared drive that went away; the next write reports it

    _beat = threading.Thread(target=beat, name="kondens-lock-heartbeat", daemon=True)
    _beat.start()


def release(project_path: Path) -> None:
    lock = (project_path / LOCK_NAME).resolve()
    held = _held.get(lock)
    if held is None:
        return
    if held.count > 1:
        held.count -= 1
        return
    del _held[lock]
    f = held.file
    try:
        if sys.platform != "win32":
            lock.unlink(missing_ok=True)  # while still locked: a waiting opener sees the inode change
        _unlock(f)
    except OSError:
        pass
    finally:
        f.close()
    if sys.platform == "win32":
        try:
            lock.unlink(missing_ok=True)
        except OSError:
            pass  # another process has it open (and may be taking it over)
