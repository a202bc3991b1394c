"""The engine does no I/O and imports nothing from the app: a whole conversation
runs with sockets and files refused, and flows/ neither imports bot (or Redis,
Flask, rq, Twilio) nor pulls them in when imported on its own."""
from __future__ import annotations

import ast
import builtins
import glob
import io
import os
import socket
import subprocess
import sys

from flows.engine import load_engine
from flows.events import Filed, FollowUp, Urgent
from tests.flows.helpers import FlowPhone

FLOWS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "flows")
APP_PACKAGES = ("bot", "redis", "flask", "rq", "twilio")


def test_a_conversation_runs_with_no_network_and_no_files(monkeypatch):
    phone = FlowPhone(load_engine())  # reading flows/tip.json is the engine's only file

    def refuse(*args, **kwargs):
        raise AssertionError("the flow engine tried I/O")

    for module, name in ((socket, "socket"), (socket, "create_connection"), (builtins, "open"),
                         (io, "open"), (os, "open")):
        monkeypatch.setattr(module, name, refuse)
    phone.send("He has a knife outside the Co-op", facts={"urgent": True, "urgent_reason": "weapon",
                                                          "locations": ["the Co-op"]})
    phone.send("", media=["https://api.twilio.com/media/ME1"])
    for _ in range(5):
        phone.send("SKIP")
    events = phone.send("SEND").events + phone.send("again", facts={"urgent": True}).events
    events += phone.send("SEND").events + phone.send("and a red car").events
    assert [type(e) for e in events] == [Filed, Urgent, Filed, FollowUp]


def test_flows_imports_nothing_from_the_app():
    for path in glob.glob(os.path.join(FLOWS, "*.py")):
        for node in ast.walk(ast.parse(open(path).read())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not [n for n in names if n.split(".")[0] in APP_PACKAGES], f"{path}:{node.lineno}"


def test_importing_flows_loads_no_app_module():
    code = ("import sys, flows.engine, flows.events, flows.review, flows.state, flows.text; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {APP_PACKAGES!r}))")
    root = os.path.dirname(FLOWS)
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
