"""Keys for local mode only: generated once and kept in the instance folder so a
developer's data stays readable between runs. Production must set them in the
environment (create_app refuses to start with Twilio credentials and no keys)."""
from __future__ import annotations

import json
import os
import secrets

from cryptography.fernet import Fernet


def load_or_create(instance_path: str) -> dict:
    os.makedirs(instance_path, exist_ok=True)
    path = os.path.join(instance_path, "local-secrets.json")
    if os.path.exists(path):
        with open(path) as fh:
            return json.load(fh)
    values = {
        "PSEUDONYM_KEY": secrets.token_urlsafe(32),
        "SEALING_KEYS": Fernet.generate_key().decode(),
        "TWILIO_AUTH_TOKEN": "local-" + secrets.token_hex(16),
    }
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(values, fh)
    return values
