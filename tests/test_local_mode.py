"""Local mode: the embedded Redis server and the terminal chat simulator."""
from __future__ import annotations

import re
import subprocess
import sys

import redis as redis_lib

from bot.store.embedded_redis import ensure_embedded_redis


def test_embedded_redis_starts_keeps_data_on_disk_and_is_reused(tmp_path):
    data = str(tmp_path / "redis")
    url = ensure_embedded_redis(data)
    client = redis_lib.Redis.from_url(url)
    try:
        client.set("tl:probe", "kept")
        client.bgrewriteaof()
        assert ensure_embedded_redis(data) == url  # a second process reuses the running server
        client.shutdown(save=True)
    except redis_lib.ConnectionError:
        pass
    url = ensure_embedded_redis(data)  # started again from the same folder
    client = redis_lib.Redis.from_url(url)
    assert client.get("tl:probe") == b"kept"
    client.shutdown(nosave=True)


def test_chat_simulator_files_a_tip_through_the_signed_webhook(local_app):
    app = local_app  # no Twilio credentials: local mode
    assert app.config["LOCAL_MODE"]
    script = "hi\nBurglars in the garage at 9 Farrington Road, Paulton\nlast night\nSKIP\nSKIP\nSKIP\nSEND\n/quit\n"
    result = app.test_cli_runner().invoke(args=["chat"], input=script)
    assert result.exit_code == 0, result.output
    assert "LOCAL mode" in result.output
    assert re.search(r"bot> Thank you\. Your tip is T-[A-Z0-9]{4,6}", result.output), result.output


def test_flask_cli_exposes_the_commands():
    out = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "--help"], capture_output=True,
                         text=True, env={"PATH": "", "REDIS_URL": "redis://127.0.0.1:1/0",
                                         "INSTANCE_PATH": "/tmp/tipline-cli-help"}, timeout=120).stdout
    for command in ("chat", "worker", "spool-replay"):
        assert command in out
