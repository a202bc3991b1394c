"""The test session's Redis server says why it is gone, so a dead server shows as one clear failure."""
from __future__ import annotations

import signal

from tests.fakes.redis_server import RedisServer


def test_a_killed_server_reports_its_exit_and_its_log():
    server = RedisServer().start()
    try:
        assert server.why_down().startswith("exit code None")   # still running
        server.proc.send_signal(signal.SIGKILL)
        server.proc.wait(timeout=10)
        report = server.why_down()
        assert report.startswith(f"exit code {-signal.SIGKILL}")
        assert "Ready to accept connections" in report or "Server initialized" in report or "port=" in report
    finally:
        server.stop()
