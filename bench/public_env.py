"""The app the public-page benches run (bench_public_signup.py, bench_public_languages.py): a real
Redis server, Twilio pointed at a closed port (nothing is sent), no PIN for officers."""
from __future__ import annotations

import tempfile

from cryptography.fernet import Fernet

BASE = "https://tips.example.test"


def public_app(redis_url: str, **settings):
    """``create_app`` for a public-page bench; ``settings`` add to or override the defaults."""
    from bot import create_app

    return create_app({
        "TESTING": True, "REDIS_URL": redis_url, "PUBLIC_BASE_URL": BASE, "PSEUDONYM_KEY": "bench-key",
        "SEALING_KEYS": Fernet.generate_key().decode(), "TWILIO_ACCOUNT_SID": "AC" + "c3" * 16,
        "TWILIO_AUTH_TOKEN": "bench-token", "TWILIO_FROM_NUMBER": "+447700900000",
        "TWILIO_API_BASE_URL": "http://127.0.0.1:9", "INSTANCE_PATH": tempfile.mkdtemp(),
        "OFFICER_PIN_REQUIRED": False, **settings})
