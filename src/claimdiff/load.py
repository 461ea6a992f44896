"""Read an article file into a Document (decoded text, format, title, metadata).

Placeholder implementation: plain text only; cleaning and segmentation happen later.
"""

from __future__ import annotations

from pathlib import Path

from claimdiff.decode import decode
from claimdiff.errors import InputError
from claimdiff.model import Document


def load_document(path: Path) -> Document:
    """Read and decode an article; raise InputError with a one-line reason."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    text = decode(data, path)
    if not text.strip():
        raise InputError(path, "the file is empty")
    return Document(path=path, text=text)
