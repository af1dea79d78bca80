"""Password hashing with the standard library's scrypt (memory-hard, salted)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

from .errors import QT_TRANSLATE_NOOP, ValidationError

_N, _R, _P = 2**14, 8, 1
MIN_LENGTH = 8


def _normal(password: str) -> bytes:
    """NFC, so a password typed with another Vietnamese input method still matches; spaces
    are kept as typed."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def hash_password(password: str) -> str:
    check_strength(password)
    salt = os.urandom(16)
    digest = hashlib.scrypt(_normal(password), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    computed = hashlib.scrypt(
        _normal(password), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(computed, base64.b64decode(digest))


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            n=MIN_LENGTH,
        )
