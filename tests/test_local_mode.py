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


def test_chat_simulator_switches_phones_and_shows_each_inbox(local_app, officers):
    officers.register("+447700900501", name="PC Jones", app=local_app)
    run = local_app.test_cli_runner()
    first = run.invoke(args=["chat"], input="Dealing from a blue van on Mill Lane\nSEND\n/quit\n").output
    tip_id = re.search(r"T-[A-Z0-9]{4,6}", first).group(0)
    script = (f"/phone\n/frobnicate\n/phone +447700900501\nR {tip_id} which way did it go?\n"
              "/phone +447700900123\n/inbox\ntowards the station\n/quit\n")
    out = run.invoke(args=["chat"], input=script).output
    assert "to switch: /phone +447700900456" in out                  # /phone alone is answered, not sent
    assert "unknown command /frobnicate" in out                       # unknown /commands too
    assert f"[text to {tip_id} (relay)]" in out                       # the officer sees it went to the tipster
    assert "it has been sent 1 text(s) so far" in out                  # switching back shows the inbox
    assert f"  [relay] Avon and Somerset Police re {tip_id}: which way did it go?\n(1 text(s) sent to" in out
    assert f"[text to PC Jones (forward)] Tipster re {tip_id}: towards the station" in out
    assert "WARNING" not in out and "INFO" not in out                 # log lines go to instance/chat.log
