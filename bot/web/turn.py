"""One inbound text on its way through the router: who (by pseudonym), what, and
what the handlers decided. Handlers read and change ``conv`` and ``after``; the
inbound pipeline saves and enqueues once, after routing."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Turn:
    services: object
    pseudonym: str
    number: str                 # E.164, in memory only: never stored or logged
    text: str
    media: list[str]
    message_sid: str
    now: float
    conv: dict | None = None    # the stored conversation (None if there is none)
    conv_dirty: bool = False
    is_officer: bool = False
    opted_out: bool = False
    number_sealed: bool = False        # the sealed number is already stored (preloaded)
    pending_join: bytes | None = None  # a JOIN waiting for its postcode (preloaded, see inbound)
    writes: list = field(default_factory=list)   # callables(pipe) run in the save transaction
    after: list = field(default_factory=list)    # callables() run after the save (enqueue jobs)
    notes: list = field(default_factory=list)    # lines listeners add to the reply (e.g. alerts resumed)

    @property
    def redis(self):
        return self.services.redis

    @property
    def config(self):
        return self.services.config

    def texts_ctx(self) -> dict:
        c = self.config
        return {"programme": c["PROGRAMME_NAME"], "force": c["FORCE_NAME"],
                "emergency": c["EMERGENCY_NUMBER"], "non_emergency": c["NON_EMERGENCY_CONTACT"]}

    def set_conv(self, conv: dict | None) -> None:
        self.conv = conv
        self.conv_dirty = True
