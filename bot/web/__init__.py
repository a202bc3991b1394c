"""Twilio's webhooks and the path of one inbound text: signature check, the
inbound pipeline (lock, read, route, save once), the router and the compliance
keywords that always win, and the disk spool for when Redis is unavailable."""
from __future__ import annotations


def init_app(app, services) -> None:
    from bot.web import alerts_routes, status, webhook

    app.register_blueprint(webhook.bp)
    if app.config.get("BENCH_FLOOR_ENDPOINT"):
        app.add_url_rule("/sms/floor", view_func=webhook.framework_floor, methods=["POST"])
    app.register_blueprint(status.bp)
    app.register_blueprint(alerts_routes.bp)   # one-click unsubscribe, call callbacks, CAP feed
