"""Staff passwords: argon2id hashes (argon2-cffi) and the policy a new password must meet.

The policy follows NCSC / NIST SP 800-63B: a minimum length (CONSOLE_PASSWORD_MIN_LENGTH,
12), no composition rules, and a refusal of passwords that are common or guessable: on
the list in ``common_passwords.txt`` (also once the digits and symbols people tack on
the end are taken off, so ``Password1234!`` is refused), one character repeated, a run
of the keyboard or the alphabet, or built from the person's own name or email.
"""
from __future__ import annotations

import functools
import pathlib
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.console.i18n import Message

MAX_LENGTH = 256            # argon2 takes any length; a cap keeps a form post from being a CPU bomb
_hasher = PasswordHasher()   # argon2id, the library's (RFC 9106 low-memory) defaults
# Verified when the email matches no account, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password: equalises the time of a failed sign-in")
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb")


class WeakPassword(Message, ValueError):
    """Why a new password is refused (a console catalog text: ``shown()`` in the page's language)."""


@functools.cache
def common_passwords() -> frozenset[str]:
    path = pathlib.Path(__file__).with_name("common_passwords.txt")
    return frozenset(line.strip().lower() for line in path.read_text().splitlines()
                     if line.strip() and not line.startswith("#"))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; always does the work of one argon2 check."""
    if not password_hash or len(password) > MAX_LENGTH:
        _safe_verify(_DUMMY_HASH, password[:MAX_LENGTH])
        return False
    return _safe_verify(password_hash, password)


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def _safe_verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_policy(password: str, *, min_length: int, personal: tuple[str, ...] = ()) -> str:
    """The password if it meets the policy, else WeakPassword saying why."""
    if len(password) < min_length:
        raise WeakPassword("pw_too_short", min_length=min_length)
    if len(password) > MAX_LENGTH:
        raise WeakPassword("pw_too_long", max_length=MAX_LENGTH)
    lowered = password.lower()
    core = re.sub(r"[\W\d_]+$", "", lowered)   # Password1234! -> password
    common = common_passwords()
    if lowered in common or core in common or re.sub(r"\W|_", "", lowered) in common:
        raise WeakPassword("pw_common")
    if len(set(lowered)) <= 2:
        raise WeakPassword("pw_repeats")
    squashed = re.sub(r"\W|_", "", lowered)
    if any(squashed and (squashed in run * 3 or squashed in (run * 3)[::-1]) for run in _RUNS):   # 1234567890123
        raise WeakPassword("pw_run")
    rest = lowered
    for word in personal:
        for part in re.split(r"[\s@._+-]+", (word or "").lower()):
            if len(part) >= 3:
                rest = rest.replace(part, "")
    if rest != lowered and len(re.sub(r"[\W\d_]", "", rest)) < 4:
        raise WeakPassword("pw_personal")
    return password
