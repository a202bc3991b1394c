"""Twilio's webhooks and the path of one inbound text: signature check, the
inbound pipeline (lock, read, route, save once), the router and the compliance
keywords that always win, and the disk spool for when Redis is unavailable."""
from __future__ import annotations


def init_app(app, services) -> None:
    from bot.web import status, webhook

    app.register_blueprint(webhook.bp)
    app.register_blueprint(status.bp)
