"""Everything that touches a phone number, in one place that can be audited:
pseudonyms and sealed numbers (identity), a tipster's own number removed from
their texts (redact), numbers kept out of third-party log lines (log_filter),
and the keys generated for local mode (local_secrets)."""
from __future__ import annotations


def init_app(app, services) -> None:
    from bot.privacy import log_filter

    log_filter.install()
