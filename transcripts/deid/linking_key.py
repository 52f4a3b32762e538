"""The linking key (koblingsnøkkel): original → tag, kept OUTSIDE the project folder, encrypted.

PRIVACY.md rule 3: a new project gets a key by default; it is encrypted with a passphrase the user
sets, and read again at every import so the same entity keeps the same tag in every transcript. It
also holds the researcher's "always treat as identifier" list (real names too) and, per mapping
entry, the informants (pseudonym letters) whose transcripts used it, so that withdrawing an
informant removes the entries that were theirs alone (PRIVACY.md rule 6).

Nothing here is ever written into a project: no copy, no hash, no temp file. ``save`` writes a temp
file in the key's own folder and renames it over the key, so a crash never leaves a half key and
never leaves names in /tmp or in the project.

File format, version 2 (UTF-8 JSON; only the envelope is readable)::

    {"format": "kondens-linking-key", "version": 2, "project": "<project id>",
     "kdf": {"name": "scrypt", "n": 32768, "r": 8, "p": 3, "salt": "<base64, 16 bytes>"},
     "cipher": "AES-256-GCM", "nonce": "<base64, 12 bytes>", "data": "<base64 ciphertext + tag>"}

The 256-bit key is derived from the passphrase with scrypt and a random salt (new salt whenever the
passphrase changes); every save uses a fresh random nonce. The envelope without ``nonce``/``data`` is
the cipher's associated data, so a changed header (a lowered scrypt cost, another project id) fails
authentication just like a changed ciphertext. The decrypted ``data`` is JSON::

    {"mapping": {"person:kari": "[navn 1]", ...}, "always": ["Kari Nordmann", ...],
     "used_by": {"person:kari": ["A", "C"], ...}}

Version 1 (plain JSON ``{"format", "version": 1, "mapping", "always"}``) is still read; the next
``save`` writes it as version 2, which needs a passphrase (:meth:`LinkingKey.set_passphrase`).
``mapping`` keys are exactly those of :class:`transcripts.deid.types.Tagger` (``category:entity key``).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from coding.errors import N_, KondensError, os_reason

FORMAT = "kondens-linking-key"
VERSION = 2
SUFFIX = ".kondenskey"
CIPHER = "AES-256-GCM"
# scrypt cost for new keys: N=2^15, r=8, p=3 is one of OWASP's recommended equivalents (32 MiB, ~0.2 s).
# Stored in each file, so it can be raised later without breaking old keys. Tests lower it for speed.
KDF_COST: dict[str, int] = {"n": 2**15, "r": 8, "p": 3}
_MIN_N = 2**14  # a file asking for less is refused: its header cannot have been written by Kondens
MIN_PASSPHRASE = 8


class LinkingKeyError(KondensError):
    """The key file cannot be read, unlocked or written (one line naming the file)."""


@dataclass(frozen=True)
class KeyFileInfo:
    """What the unencrypted envelope of a key file tells without the passphrase."""

    path: Path
    version: int
    project_id: str

    @property
    def encrypted(self) -> bool:
        return self.version >= 2


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases that are empty or too short to resist guessing (one-line error)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise LinkingKeyError(N_("the passphrase must be at least {n} characters long"), n=MIN_PASSPHRASE)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, path: Path) -> bytes:
    if not isinstance(text, str):
        raise LinkingKeyError(N_("{path}: linking key is corrupt ({what})"), path=path, what=what)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise LinkingKeyError(N_("{path}: linking key is corrupt ({what})"), path=path, what=what) from None


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(header: Mapping[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _read_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise LinkingKeyError(N_("{path}: linking key not found"), path=path)
    if not path.is_file():
        raise LinkingKeyError(N_("{path}: linking key is not a file"), path=path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise LinkingKeyError(N_("{path}: linking key is corrupt or unreadable ({error})"),
                              path=path, error=type(e).__name__) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LinkingKeyError(N_("{path}: not a Kondens linking key"), path=path)
    if data.get("version") not in (1, VERSION):
        raise LinkingKeyError(N_("{path}: linking key version {version!r} is not supported"),
                              path=path, version=data.get('version'))
    return data


def peek(path: str | os.PathLike[str]) -> KeyFileInfo:
    """Version and project id of the key at ``path``, without the passphrase."""
    p = Path(path)
    data = _read_json(p)
    project = data.get("project", "")
    return KeyFileInfo(p, int(data["version"]), project if isinstance(project, str) else "")


def _content(data: Mapping[str, Any], path: Path) -> tuple[dict[str, str], list[str], dict[str, list[str]]]:
    mapping, always, used_by = data.get("mapping", {}), data.get("always", []), data.get("used_by", {})
    if not isinstance(mapping, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise LinkingKeyError(N_("{path}: linking key is corrupt (mapping)"), path=path)
    if not isinstance(always, list) or not all(isinstance(a, str) for a in always):
        raise LinkingKeyError(N_("{path}: linking key is corrupt (always list)"), path=path)
    if not isinstance(used_by, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
            for k, v in used_by.items()):
        raise LinkingKeyError(N_("{path}: linking key is corrupt (used_by)"), path=path)
    return dict(mapping), list(always), {k: sorted(set(v)) for k, v in used_by.items() if k in mapping}


@dataclass
class LinkingKey:
    """An unlocked key in memory. Holds the derived cipher key, never the passphrase itself."""

    path: Path
    mapping: dict[str, str] = field(default_factory=dict)
    always: list[str] = field(default_factory=list)
    used_by: dict[str, list[str]] = field(default_factory=dict)  # mapping key → informant letters
    project_id: str = ""
    version_on_disk: int = 0  # 0 = not written yet, 1 = still plaintext on disk, 2 = encrypted
    _secret: bytes | None = field(default=None, repr=False)
    _kdf: dict[str, Any] = field(default_factory=dict, repr=False)

    # ---- opening ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, project_id: str = "") -> LinkingKey:
        """A new, empty key written to ``path`` (its folder is created, private to the user)."""
        p = Path(path)
        if p.exists():
            raise LinkingKeyError(N_("{path}: a file already exists there; choose another place for the linking key"),
                                  path=p)
        check_passphrase(passphrase)
        try:
            p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as e:
            raise LinkingKeyError(N_("{folder}: cannot create the folder for the linking key ({reason})"),
                                  folder=p.parent, reason=os_reason(e)) from None
        key = cls(p, project_id=project_id)
        key.set_passphrase(passphrase)
        key.save()
        return key

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str | None) -> LinkingKey:
        """Unlock the key at ``path``. A version-1 (plaintext) key opens without a passphrase; if one is
        given it is set, so the next :meth:`save` writes the key encrypted. A write that a crash interrupted
        (the import's pending file) is finished first."""
        p = Path(path)
        recover(p)
        data = _read_json(p)
        project = data.get("project", "")
        project_id = project if isinstance(project, str) else ""
        if data["version"] == 1:
            mapping, always, used_by = _content(data, p)
            key = cls(p, mapping, always, used_by, project_id=project_id, version_on_disk=1)
            if passphrase is not None:
                key.set_passphrase(passphrase)
            return key
        if passphrase is None:
            raise LinkingKeyError(N_("{path}: the linking key is locked; a passphrase is needed"), path=p)
        kdf = data.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or data.get("cipher") != CIPHER:
            raise LinkingKeyError(N_("{path}: linking key is corrupt (unknown key derivation or cipher)"), path=p)
        try:
            n, r, par = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        except (KeyError, TypeError, ValueError):
            raise LinkingKeyError(N_("{path}: linking key is corrupt (key derivation)"), path=p) from None
        if n < _MIN_N or n & (n - 1) or not 1 <= r <= 64 or not 1 <= par <= 64 or n > 2**22:
            raise LinkingKeyError(N_("{path}: linking key is corrupt (key derivation cost)"), path=p)
        salt = _unb64(kdf.get("salt"), "salt", p)
        nonce = _unb64(data.get("nonce"), "nonce", p)
        blob = _unb64(data.get("data"), "data", p)
        if len(salt) < 16 or len(nonce) != 12:
            raise LinkingKeyError(N_("{path}: linking key is corrupt (salt or nonce)"), path=p)
        header = {k: v for k, v in data.items() if k not in ("nonce", "data")}
        secret = _derive(passphrase, salt, n, r, par)
        try:
            plain = AESGCM(secret).decrypt(nonce, blob, _aad(header))
        except InvalidTag:
            raise LinkingKeyError(N_("{path}: wrong passphrase for the linking key (or the file was altered)"),
                                  path=p) from None
        try:
            inner = json.loads(plain.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise LinkingKeyError(N_("{path}: linking key is corrupt (content)"), path=p) from None
        if not isinstance(inner, dict):
            raise LinkingKeyError(N_("{path}: linking key is corrupt (content)"), path=p)
        mapping, always, used_by = _content(inner, p)
        key = cls(p, mapping, always, used_by, project_id=project_id, version_on_disk=2)
        key._secret = secret
        key._kdf = {"name": "scrypt", "n": n, "r": r, "p": par, "salt": _b64(salt)}
        return key

    @classmethod
    def open_or_create(cls, path: str | os.PathLike[str], passphrase: str, project_id: str = "") -> LinkingKey:
        """Unlock the key at ``path``, or create an empty one there if no file exists yet."""
        p = Path(path)
        if p.exists():
            return cls.open(p, passphrase)
        if not p.parent.is_dir():
            raise LinkingKeyError(N_("{folder}: folder for the linking key does not exist"), folder=p.parent)
        return cls.create(p, passphrase, project_id)

    # ---- passphrase --------------------------------------------------------------------------
    @property
    def has_passphrase(self) -> bool:
        return self._secret is not None

    def set_passphrase(self, passphrase: str) -> None:
        """Use ``passphrase`` from the next save on (a new random salt; the old passphrase stops working)."""
        check_passphrase(passphrase)
        salt = os.urandom(16)
        cost = dict(KDF_COST)
        self._secret = _derive(passphrase, salt, cost["n"], cost["r"], cost["p"])
        self._kdf = {"name": "scrypt", **cost, "salt": _b64(salt)}

    # ---- content -----------------------------------------------------------------------------
    def add_always(self, names: Iterable[str]) -> None:
        for n in names:
            n = " ".join(n.split())
            if n and n not in self.always:
                self.always.append(n)

    def record_use(self, keys: Iterable[str], informant: str | None) -> None:
        """Note that informant ``informant``'s transcript used the mapping entries ``keys``."""
        if not informant:
            return
        for k in keys:
            if k in self.mapping:
                users = self.used_by.setdefault(k, [])
                if informant not in users:
                    users.append(informant)
                    users.sort()

    def unattributed(self) -> list[str]:
        """Mapping entries with no recorded informant (keys written by version 1)."""
        return [k for k in self.mapping if not self.used_by.get(k)]

    def entries_of(self, informant: str) -> list[str]:
        return sorted(k for k, users in self.used_by.items() if informant in users)

    def forget_informant(self, informant: str) -> tuple[int, int]:
        """Withdrawal: drop the entries used by ``informant`` alone; shared entries keep the others.

        Returns (entries removed, shared entries kept). The always-list is the researcher's and stays.
        """
        removed = kept = 0
        for k in list(self.used_by):
            users = self.used_by[k]
            if informant not in users:
                continue
            users.remove(informant)
            if users:
                kept += 1
            else:
                del self.used_by[k]
                self.mapping.pop(k, None)
                removed += 1
        return removed, kept

    # ---- writing -----------------------------------------------------------------------------
    def _payload(self) -> bytes:
        if self._secret is None:
            raise LinkingKeyError(N_("{path}: the linking key needs a passphrase before it can be saved (it is stored "
                                     "encrypted)"),
                                  path=self.path)
        header = {"format": FORMAT, "version": VERSION, "project": self.project_id, "kdf": self._kdf,
                  "cipher": CIPHER}
        inner = {"mapping": self.mapping, "always": self.always,
                 "used_by": {k: v for k, v in self.used_by.items() if v and k in self.mapping}}
        plain = json.dumps(inner, ensure_ascii=False, sort_keys=True).encode("utf-8")
        nonce = os.urandom(12)
        blob = AESGCM(self._secret).encrypt(nonce, plain, _aad(header))
        data = {**header, "nonce": _b64(nonce), "data": _b64(blob)}
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    def save(self) -> None:
        """Atomic encrypted write: temp file in the key's folder, fsync, then ``os.replace`` over the key."""
        _write_atomic(self.path, self._payload())
        self.version_on_disk = VERSION

    def save_to(self, path: Path) -> None:
        """The same encrypted content written atomically at ``path`` (the import's write-ahead file)."""
        _write_atomic(path, self._payload())

    def move_to(self, new_path: str | os.PathLike[str]) -> Path:
        """Write the key at ``new_path`` (which must not exist), then delete the old file."""
        new = Path(new_path)
        if new.exists():
            raise LinkingKeyError(N_("{new}: a file already exists there; choose another place for the linking key"),
                                  new=new)
        if not new.parent.is_dir():
            raise LinkingKeyError(N_("{folder}: folder for the linking key does not exist"), folder=new.parent)
        _write_atomic(new, self._payload())
        old, self.path = self.path, new
        self.version_on_disk = VERSION
        if old.resolve() != new.resolve():
            try:
                old.unlink(missing_ok=True)
            except OSError as e:
                raise LinkingKeyError(N_("{old}: the key was copied to {new} but the old file could not be deleted "
                                         "({reason}); delete it by hand"),
                                      old=old, new=new, reason=os_reason(e)) from None
        return new


def pending_path(key_path: str | os.PathLike[str]) -> Path:
    """Where an import writes the key ahead of its commit (renamed over the key after the commit)."""
    p = Path(key_path)
    return p.with_name(f".{p.name}.pending")


def recover(key_path: str | os.PathLike[str]) -> bool:
    """Finish a key write that a crash interrupted (the pending file goes over the key). True if there was one.

    The pending file holds the key plus the entries of a file being imported: whether or not that commit
    happened, promoting it never gives a tag number that is in use to another person."""
    pending = pending_path(key_path)
    if not pending.is_file():
        return False
    peek(pending)  # refuses a damaged pending file with one line
    try:
        os.replace(pending, key_path)
    except OSError as e:
        raise LinkingKeyError(N_("{path}: cannot finish writing the linking key ({reason})"),
                              path=key_path, reason=os_reason(e)) from None
    return True


def _write_atomic(path: Path, payload: bytes) -> None:
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise LinkingKeyError(N_("{folder}: cannot write the linking key here ({reason})"),
                              folder=folder, reason=os_reason(e)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise LinkingKeyError(N_("{path}: cannot write the linking key ({reason})"),
                              path=path, reason=os_reason(e)) from None


def is_inside_project(key_path: str | os.PathLike[str], project_path: str | os.PathLike[str]) -> bool:
    """True if the key would live in (or below) the project folder — the UI and CLI warn or refuse then."""
    key = Path(key_path).expanduser().resolve()
    proj = Path(project_path).expanduser().resolve()
    return key == proj or proj in key.parents


def key_folder() -> Path:
    """Where new keys go by default: ``<user data dir>/Kondens/keys`` (``KONDENS_DATA_DIR`` overrides)."""
    env = os.environ.get("KONDENS_DATA_DIR")
    if env:
        return Path(env) / "keys"
    from platformdirs import user_data_dir

    return Path(user_data_dir("Kondens", appauthor=False)) / "keys"


def default_key_path(project_id: str) -> Path:
    return key_folder() / f"{project_id}{SUFFIX}"
