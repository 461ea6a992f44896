"""Writing the user's files safely: regular files only, through symlinks, atomically.

Every file claimdiff writes for the user (an export, `-o OUT`, the settings) goes through
`write_text`: the name may be a symlink (the link's target is replaced, in the target's
folder, and the link stays); a directory, a device, a FIFO or a socket is refused, as is a
read-only file (even for root, who could write it); and the new content appears at once
(temporary file in the same folder, fsync, rename), so a crash leaves the old file or the new.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from claimdiff.errors import ClaimdiffError


def kind_problem(mode: int) -> str | None:
    """Why a file of this `st_mode` cannot be written as a file (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        what = "a FIFO (named pipe)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "a special file"
    return f"is {what}, not a regular file"


def resolve_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file a write to `path` changes (a symlink's final target) and its status (None if
    it does not exist yet). Raises ClaimdiffError for a symlink loop or an unreadable path.

    The status is the kernel's, so `/dev/stdout` (a link into /proc) is seen as what it is.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:  # a new file, or a dangling symlink: its target is created
        return Path(os.path.realpath(path)), None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ClaimdiffError(path, "is a symlink loop") from None
        raise ClaimdiffError(path, exc.strerror or str(exc)) from None
    return Path(os.path.realpath(path)), status


def writable_target(path: Path) -> Path:
    """Where `write_text(path, ...)` would write, or ClaimdiffError saying why it must not:
    not a regular file, read-only, or in a folder that is not one."""
    target, status = resolve_target(path)
    if status is None:
        folder = target.parent
        if folder.exists() and not folder.is_dir():
            raise ClaimdiffError(path, f"{folder} is not a folder")
        return target
    problem = kind_problem(status.st_mode)
    if problem is not None:
        raise ClaimdiffError(path, problem)
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise ClaimdiffError(path, "is read-only; it was not overwritten")
    return target


def write_text(path: Path, text: str) -> Path:
    """Replace the regular file `path` (or a symlink's target) with `text`, atomically;
    return the file written. ClaimdiffError if it must not be written or the write failed."""
    target = writable_target(path)
    try:
        atomic_write_text(target, text)
    except OSError as exc:
        raise ClaimdiffError(path, exc.strerror or str(exc)) from None
    return target


def atomic_write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` so that readers only ever see the old or the new file (the
    mode of the old file is kept). `path` must be the real file: see `write_text`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the platform allows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory handles
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, opened without waiting (a FIFO never blocks); OSError, or
    ValueError for a file that is not regular or is larger than `limit` bytes."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        status = os.fstat(f.fileno())
        problem = kind_problem(status.st_mode)
        if problem is not None:
            raise ValueError(problem)
        if status.st_size > limit:
            raise ValueError(f"is larger than {limit // 1_000_000} MB")
        return f.read(limit + 1)[:limit]
