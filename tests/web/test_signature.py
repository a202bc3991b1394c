"""Signature validation on /sms: 403 for anything Twilio did not sign for our public URL."""
from __future__ import annotations

import uuid

from twilio.request_validator import RequestValidator

from tests.helpers import AUTH_TOKEN, PUBLIC_BASE_URL


def _params(body="hello"):
    return {"From": "+447700900123", "To": "+447700900000", "Body": body, "MessageSid": "SM" + uuid.uuid4().hex}


def test_missing_signature_is_403(phone):
    assert phone.post("/sms", _params(), signature="").status_code == 403


def test_wrong_signature_is_403(phone):
    assert phone.post("/sms", _params(), signature="bm90LWEtc2lnbmF0dXJl").status_code == 403


def test_signed_with_another_token_is_403(phone):
    assert phone.post("/sms", _params(), token="someone-elses-token").status_code == 403


def test_tampered_body_is_403(phone):
    params = _params("original")
    sig = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_BASE_URL + "/sms", params)
    params["Body"] = "tampered"
    assert phone.post("/sms", params, signature=sig).status_code == 403


def test_signed_request_is_accepted_and_answered_with_twiml(phone):
    resp = phone.post("/sms", _params())
    assert resp.status_code == 200
    assert resp.mimetype == "application/xml"
    assert "<Message>" in resp.get_data(as_text=True)


def test_behind_a_tls_proxy_the_public_url_is_what_counts(app):
    """The app sees http://10.0.0.5:8000/sms; Twilio signed https://tips.example.test/sms."""
    params = _params()
    sig = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_BASE_URL + "/sms", params)
    resp = app.test_client().post("/sms", data=params, headers={"X-Twilio-Signature": sig},
                                  base_url="http://10.0.0.5:8000")
    assert resp.status_code == 200
    # and a signature over the internal URL is refused, since Twilio never calls that
    sig_internal = RequestValidator(AUTH_TOKEN).compute_signature("http://10.0.0.5:8000/sms", params)
    resp = app.test_client().post("/sms", data=params, headers={"X-Twilio-Signature": sig_internal},
                                  base_url="http://10.0.0.5:8000")
    assert resp.status_code == 403


def test_rejected_requests_change_nothing(phone, redis):
    phone.post("/sms", _params(), signature="")
    assert redis.dbsize() == 0
