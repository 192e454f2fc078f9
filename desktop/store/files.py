"""Small file-system helpers that never leave a half-written file behind."""

import errno
import os
from pathlib import Path
import tempfile

from desktop.core.errors import StorageError


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one."""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        fsync_dir(path.parent)
    except OSError as error:
        raise storage_error(error, path.parent) from None


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (a no-op where directories cannot be opened, as on Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(error: OSError, where: Path) -> StorageError:
    """A plain-English StorageError for an OSError raised while writing in `where`."""
    if error.errno == errno.ENOSPC:
        return StorageError("The disk is full, so nothing was saved. Free some space (or "
                            "plug in the laptop's usual drive) and try again; what you "
                            "typed is still on screen.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"Offerbook may not write in the folder {where}. Choose a "
                            "folder you can write to, or ask IT to fix its permissions.")
    return StorageError(f"The disk refused a write in {where} ({os.strerror(error.errno or 0)}). "
                        "Check the drive and try again.")
