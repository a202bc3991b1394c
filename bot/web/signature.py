"""Twilio request signatures, checked against the URL Twilio actually called.

Behind a TLS-terminating proxy the app sees http://internal-host/sms while Twilio
signed https://public-host/sms, so the URL is rebuilt from PUBLIC_BASE_URL.
"""
from __future__ import annotations

from twilio.request_validator import RequestValidator


def public_url(request, base_url: str | None) -> str:
    if not base_url:
        return request.url
    path = request.full_path if request.query_string else request.path
    return base_url.rstrip("/") + path


def is_valid(request, auth_token: str, base_url: str | None) -> bool:
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature or not auth_token:
        return False
    return RequestValidator(auth_token).validate(public_url(request, base_url), request.form, signature)
