"""Writing output files whole or not at all, even if the process is killed mid-way."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _write_anonymous(target: Path, data: bytes) -> bool:
    """Linux: write into an unnamed file (O_TMPFILE) and give it a name only when complete,
    so a killed process leaves nothing behind. False where the system cannot."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return False
    try:
        descriptor = os.open(target.parent, flag | os.O_WRONLY, 0o600)
    except OSError:
        return False
    staged = target.parent / f".{target.name}.{os.getpid()}.partial"
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            # A dir fd makes Python use linkat(…, AT_SYMLINK_FOLLOW), which names the file.
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.link(f"/proc/self/fd/{out.fileno()}", staged, src_dir_fd=folder)
            finally:
                os.close(folder)
        os.replace(staged, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staged)
        raise
    return True


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (unnamed or temp file, fsync, rename)."""
    target = Path(path)
    if not _write_anonymous(target, data):
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
        try:
            with os.fdopen(descriptor, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
    _fsync_folder(target.parent)

