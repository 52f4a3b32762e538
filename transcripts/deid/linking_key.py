"""The linking key (koblingsnøkkel): original → tag, kept by the user OUTSIDE the project folder.

PRIVACY.md rule 3: the key is optional, written only where the user chooses, and read again at the
next import so the same person keeps the same tag across interviews. It also holds the researcher's
"always treat as identifier" list, because that list consists of real names too.

Nothing here is ever written into a project: no copy, no hash, no temp file. ``save`` writes a temp
file in the key's own folder and renames it over the key, so a crash never leaves a half key and
never leaves names in /tmp or in the project.

File format (UTF-8 JSON)::

    {"format": "kondens-linking-key", "version": 1,
     "mapping": {"person:kari": "[navn 1]", ...}, "always": ["Kari Nordmann", ...]}

``mapping`` keys are exactly those of :class:`transcripts.deid.types.Tagger` (``category:entity key``).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from coding.errors import KondensError

FORMAT = "kondens-linking-key"
VERSION = 1


class LinkingKeyError(KondensError):
    """The key file cannot be read or written (one line naming the file)."""


@dataclass
class LinkingKey:
    path: Path
    mapping: dict[str, str] = field(default_factory=dict)
    always: list[str] = field(default_factory=list)

    @classmethod
    def load_or_new(cls, path: str | os.PathLike[str]) -> LinkingKey:
        """Read the key at ``path``; a missing file gives an empty key that ``save`` will create."""
        p = Path(path)
        if not p.exists():
            if not p.parent.is_dir():
                raise LinkingKeyError(f"{p.parent}: folder for the linking key does not exist")
            return cls(p)
        if not p.is_file():
            raise LinkingKeyError(f"{p}: linking key is not a file")
        try:
            raw = p.read_bytes()
            data = json.loads(raw.decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise LinkingKeyError(f"{p}: linking key is corrupt or unreadable ({type(e).__name__})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise LinkingKeyError(f"{p}: not a Kondens linking key")
        if data.get("version") != VERSION:
            raise LinkingKeyError(f"{p}: linking key version {data.get('version')!r} is not supported")
        mapping, always = data.get("mapping", {}), data.get("always", [])
        if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
        ):
            raise LinkingKeyError(f"{p}: linking key is corrupt (mapping)")
        if not isinstance(always, list) or not all(isinstance(a, str) for a in always):
            raise LinkingKeyError(f"{p}: linking key is corrupt (always list)")
        return cls(p, dict(mapping), list(always))

    def add_always(self, names: list[str]) -> None:
        for n in names:
            n = " ".join(n.split())
            if n and n not in self.always:
                self.always.append(n)

    def save(self) -> None:
        """Atomic write: temp file in the key's folder, fsync, then ``os.replace`` over the key."""
        data = {"format": FORMAT, "version": VERSION, "mapping": self.mapping, "always": self.always}
        payload = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        folder = self.path.parent
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        except OSError as e:
            raise LinkingKeyError(f"{folder}: cannot write the linking key here ({e.strerror})") from None
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as e:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise LinkingKeyError(f"{self.path}: cannot write the linking key ({e.strerror})") from None


def is_inside_project(key_path: str | os.PathLike[str], project_path: str | os.PathLike[str]) -> bool:
    """True if the key would live in (or below) the project folder — the UI and CLI warn then."""
    key = Path(key_path).expanduser().resolve()
    proj = Path(project_path).expanduser().resolve()
    return key == proj or proj in key.parents
