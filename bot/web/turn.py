"""One inbound text on its way through the router: who (by pseudonym), what, and
what the handlers decided. Handlers read and change ``conv``, add ``writes`` and
``publish`` news; the inbound pipeline saves all of it in one transaction, after
routing, then runs ``after``."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from bot.messaging import after_save

_PLAIN_SID = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what rq accepts in a job ID (Twilio's SIDs are)


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
    awaiting: list = field(default_factory=list)  # (tip ID, when an officer wrote): answers awaited (preloaded)
    last_alert: bytes | None = None    # "<alert id> <time>": the latest alert let out to this phone (preloaded)
    writes: list = field(default_factory=list)   # callables(pipe) run in the save transaction
    # callables() run after the save. Lost if Redis fails or the process dies right
    # after the save: what must not be lost goes through ``publish`` (or ``writes``).
    after: list = field(default_factory=list)
    refs_issued: int = 0
    notes: list = field(default_factory=list)    # lines listeners add to the reply (e.g. alerts resumed)
    lang: str = ""                # the language texts to this phone are in (bot.web.language); "" = default
    lang_known: bool = False      # stored for the phone (detected or chosen), not the default for now
    lang_dirty: bool = False      # to be stored in the save

    @property
    def redis(self):
        return self.services.redis

    @property
    def config(self):
        return self.services.config

    def texts_ctx(self) -> dict:
        c = self.config
        return {"programme": c["PROGRAMME_NAME"], "force": c["FORCE_NAME"],
                "emergency": c["EMERGENCY_NUMBER"], "non_emergency": c["NON_EMERGENCY_CONTACT"],
                "lang": self.lang or c["DEFAULT_LANGUAGE"]}

    def set_conv(self, conv: dict | None) -> None:
        self.conv = conv
        self.conv_dirty = True

    def next_ref(self) -> str:
        """A name for one piece of this turn's news, the same however often it is
        delivered: the MessageSid (unique per inbound text; a redelivery of it is
        answered from the reply cache, never routed again) and a count."""
        self.refs_issued += 1
        sid = self.message_sid
        if not _PLAIN_SID.fullmatch(sid):  # not from Twilio: a stable stand-in rq accepts
            sid = "h" + hashlib.sha256(sid.encode()).hexdigest()[:32]
        return f"{sid}-{self.refs_issued}"

    def publish(self, event, ref: str | None = None) -> None:
        """Queue an after-save event (bot.events.AFTER_SAVE) in the save transaction:
        it is delivered to its listeners by a worker if and only if the turn is saved."""
        ref = ref or self.next_ref()
        self.writes.append(lambda pipe: after_save.publish(pipe, self.services, event, ref=ref, after=self.after))
