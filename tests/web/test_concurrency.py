"""Concurrent texts from one number against a real threaded HTTP server: all kept,
in a consistent order, the conversation never corrupted."""
from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server

from tests.helpers import AUTH_TOKEN, PUBLIC_BASE_URL, conversation


def test_simultaneous_texts_from_one_number_are_all_kept(app, services):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    number = "+447700900777"
    validator = RequestValidator(AUTH_TOKEN)

    def post(body: str) -> int:
        params = {"From": number, "To": "+447700900000", "Body": body, "MessageSid": "SM" + uuid.uuid4().hex}
        sig = validator.compute_signature(PUBLIC_BASE_URL + "/sms", params)
        return requests.post(f"http://127.0.0.1:{port}/sms", data=params,
                             headers={"X-Twilio-Signature": sig}, timeout=30).status_code

    try:
        bodies = [f"part {n} of what I saw" for n in range(20)]
        barrier = threading.Barrier(len(bodies))

        def fire(body):
            barrier.wait()
            return post(body)

        with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
            statuses = list(pool.map(fire, bodies))
        # the same SID twice at once is processed once
        params_sid = "SM" + uuid.uuid4().hex
        with ThreadPoolExecutor(max_workers=4) as pool:
            def dup(_):
                params = {"From": number, "To": "+447700900000", "Body": "duplicate", "MessageSid": params_sid}
                sig = validator.compute_signature(PUBLIC_BASE_URL + "/sms", params)
                return requests.post(f"http://127.0.0.1:{port}/sms", data=params,
                                     headers={"X-Twilio-Signature": sig}, timeout=30).text
            answers = list(pool.map(dup, range(4)))
    finally:
        server.shutdown()
    assert statuses == [200] * len(bodies)
    assert len(set(answers)) == 1
    conv = conversation(services, number)
    assert sorted(conv["texts"]) == sorted(bodies + ["duplicate"])
    assert conv["text_count"] == len(bodies) + 1
