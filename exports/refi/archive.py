"""Reading a .qdpx zip safely: size and ratio checks before anything is decompressed.

NOTES.md pitfall 1: accept any single ``*.qde`` at the root and look files up case-insensitively
(``Sources/`` vs ``sources/``).
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

from coding.errors import N_, KondensError
from transcripts.readers.base import MAX_FILE_BYTES, MAX_UNZIPPED_BYTES

# The same bounds as every other import (transcripts.readers.base): a source file may be as large
# as a transcript file, the whole archive unpacks to at most what a .docx may, and the ratio is
# checked for the archive as a whole too (2,000 members of just under 1 MB each are a bomb as well).
MAX_MEMBER = MAX_FILE_BYTES  # one source, note or picture
MAX_QDE = MAX_UNZIPPED_BYTES  # the project XML may hold many codings
MAX_TOTAL = MAX_UNZIPPED_BYTES
MAX_RATIO = 200  # a text file compresses maybe 10×; 200× is a bomb
MAX_MEMBERS = 100_000


class QdpxError(KondensError):
    """The file is not a usable REFI-QDA project (one line naming the file and why)."""


class QdpxArchive:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise QdpxError(N_("{path}: file does not exist"), path=self.path)
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as e:
            raise QdpxError(N_("{path}: not a .qdpx archive ({error})"), path=self.path, error=e) from None
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise QdpxError(N_("{path}: too many files in the archive ({n})"), path=self.path, n=len(infos))
        total = packed = 0
        for info in infos:
            limit = MAX_QDE if info.filename.casefold().endswith(".qde") else MAX_MEMBER
            if info.file_size > limit:
                raise QdpxError(N_("{path}: a file in the archive is larger than {n} MB"),
                                path=self.path, n=limit // 2**20)
            if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise QdpxError(N_("{path}: {filename} is suspiciously compressed (zip bomb?)"),
                                path=self.path, filename=info.filename)
            total += info.file_size
            packed += info.compress_size
        if total > MAX_TOTAL:
            raise QdpxError(N_("{path}: archive unpacks to more than {n} MB"), path=self.path, n=MAX_TOTAL // 2**20)
        if total > 8 * 2**20 and total > MAX_RATIO * max(packed, 1):
            raise QdpxError(N_("{path}: archive is suspiciously compressed (zip bomb?)"), path=self.path)
        self._infos = {i.filename: i for i in infos}
        self.members = [i.filename for i in infos]
        self._lower = {n.casefold(): n for n in self.members}
        qdes = [n for n in self.members if n.casefold().endswith(".qde") and "/" not in n.strip("/")]
        if len(qdes) != 1:
            self._zip.close()
            raise QdpxError(N_("{path}: expected one .qde file at the archive root, found {n}"),
                            path=self.path, n=len(qdes))
        self.qde_member = qdes[0]

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> QdpxArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        try:
            with self._zip.open(info) as f:
                # Read at most the declared size (+1 to detect lying headers): a forged header cannot bomb us.
                data = f.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
            raise QdpxError(N_("{path}: {name} is damaged ({error})"), path=self.path, name=name, error=e) from None
        if len(data) > info.file_size:
            raise QdpxError(N_("{path}: {name} is larger than its header says"), path=self.path, name=name)
        return data

    def qde(self) -> bytes:
        return self.read(self.qde_member)

    def find(self, ref: str | None) -> str | None:
        """The archive member behind ``internal://X``, ``X`` or ``sources/X`` (case-insensitive), or None."""
        if not ref:
            return None
        r = ref.strip()
        for prefix in ("internal://", "relative://", "absolute://"):
            if r.casefold().startswith(prefix):
                if prefix != "internal://":
                    return None
                r = r[len(prefix):]
                break
        r = r.lstrip("/").replace("\\", "/")
        for cand in (f"sources/{r}", r, f"sources/{r.rsplit('/', 1)[-1]}"):
            hit = self._lower.get(cand.casefold())
            if hit:
                return hit
        return None
