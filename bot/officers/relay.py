"""The masked relay: officer -> tipster by tip ID, tipster -> officer by event.

Officer to tipster (``R <tip> <text>``, or the reply form of the console's tip page:
both go through ``prepare`` and ``Relay.write``, the same checks, job and records):
the officer only ever names a tip ID.
The text is queued as an rq job addressed to the tipster's *pseudonym*; the job
alone unseals the number (bot.messaging.outbound). Before queueing we refuse,
with a clear answer and nothing sent, when the tip is unknown or closed, the text
is empty or too long, the tipster has opted out, or their sealed number has expired.

The job, its place in the order of texts to the tipster, the thread entry and the
audit entry are all written in the R text's save transaction: Redis failing (or
the process dying) right after the save cannot lose the text. The checks that read
Redis and the message's number cost one round trip together (a Lua script), so an
R text is five round trips: lock and read, the officer, the tip, the checks, the save.

The officer is told "Queued for the tipster of ..." (queued is all we know then).
What happens to the text after that (the console's delivery ticks, and telling the
officer when it cannot be delivered) is bot.officers.relay_delivery; the tipster's
answers go the other way through bot.officers.follow_ups.

What an officer is told (refusals, "Queued ...", undelivered notices, forwarded replies) is a
catalog text (``relay_*``) in that officer's language (``commands.language_of``; the console
passes its staff member's); the audit log gets the English one.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.messaging import catalog, outbound
from bot.messaging.segments import MAX_BODY_CHARS, gsm7_letters
from bot.officers import audit, commands, quick_replies, registry
from bot.privacy.redact import SafeText, require
from bot.store import keys
from bot.store.scripts import LuaScript
from bot.tipline import tips
from bot.tipline.summary import clip
from bot.tipline.workflow import Actor

log = logging.getLogger(__name__)


def relay_body(config: dict, tip_id: str, text: SafeText, lang: str | None = None) -> SafeText:
    """``Avon and Somerset Police re T-7K2Q: which way did the car go?`` (GSM-7), framed in the
    tipster's language (``lang``; default: the force's)."""
    require(text, "the relay text")
    framed = catalog.text(lang or config["DEFAULT_LANGUAGE"], "relay", config["DEFAULT_LANGUAGE"],
                          force=config["FORCE_NAME"], tip_id=tip_id, text=" ".join(text.split()))
    return SafeText.compose(gsm7_letters(framed), text)


# Lua: the checks that read Redis, the message's number and the tipster's language, in one
# round trip. A refused relay uses up no number. Returns {number, language} or REFUSED_* below.
# KEYS: tip, opt_out(tipster), sealed_number(tipster), language(tipster)
_CHECK_AND_NUMBER = LuaScript("""
if redis.call('EXISTS', KEYS[1]) == 0 then return -3 end
if redis.call('HGET', KEYS[1], 'status') == 'closed' then return -4 end
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
if redis.call('EXISTS', KEYS[3]) == 0 then return -2 end
return {redis.call('HINCRBY', KEYS[1], 'relay_seq', 1), redis.call('GET', KEYS[4]) or ''}
""")
REFUSED_OPTED_OUT, REFUSED_NUMBER_GONE, REFUSED_NO_TIP, REFUSED_CLOSED = -1, -2, -3, -4


def officer_actor(officer: dict) -> Actor:
    """An officer texting commands, as the case workflow (bot.tipline.workflow) and the
    relay name whoever acts: their pseudonym, name and badge, role, and audit entries."""
    def record(pipe, action: str, tip_id: str, detail: str, at: float) -> None:
        audit.record(pipe, action, officer=officer, tip_id=tip_id, detail=detail, at=at)
    return Actor(key=officer["pseudonym"], name=registry.display_name(officer),
                 supervisor=officer.get("role") == "supervisor", audit=record)


Why = tuple   # (catalog text name, its values): why a relay was refused, said in the reader's language


def say_why(config: dict, why: Why, lang: str | None) -> str:
    """A refusal in ``lang`` (None: English, for the audit log)."""
    name, values = why
    return catalog.text(lang or catalog.BASE, name, config["DEFAULT_LANGUAGE"] if lang else catalog.BASE, **values)


def check_and_number(services, tip: dict, text: SafeText) -> tuple[Why | None, int, str]:
    """(why this relay must not be sent: a catalog text and its values, ``say_why``; None) or
    (None, the relay's message number: its dedupe key, so a retried job never sends twice while
    two identical messages are still two texts), and the tipster's language ("" if refused)."""
    tip_id, config = tip["id"], services.config
    if tip.get("status") == "closed":
        return _closed(tip_id), 0, ""
    if not text.strip():
        return ("relay_empty", {"tip_id": tip_id}), 0, ""
    # Framed in the tip's language here; the phone's (read with the checks) is nearly always the same.
    too_long = _too_long(config, tip_id, text, _language(config, "", tip))
    if too_long:
        return too_long, 0, ""
    tipster = tip.get("tipster") or ""
    if not tipster:
        return _opted_out(tip_id), 0, ""
    found = _CHECK_AND_NUMBER(services.redis, [keys.tip(tip_id), keys.opt_out(tipster),
                                               keys.sealed_number(tipster), keys.language(tipster)])
    n, stored = (int(found[0]), found[1]) if isinstance(found, list) else (int(found), b"")
    if n == REFUSED_OPTED_OUT:
        return _opted_out(tip_id), 0, ""
    if n == REFUSED_NUMBER_GONE:
        return ("relay_number_gone", {"tip_id": tip_id, "days": f"{config['NUMBER_RETENTION_DAYS']:g}"}), 0, ""
    if n == REFUSED_NO_TIP:
        return ("relay_no_tip", {"tip_id": tip_id}), 0, ""
    if n == REFUSED_CLOSED:   # closed since we read it
        return _closed(tip_id), 0, ""
    lang = _language(config, stored.decode() if isinstance(stored, bytes) else stored, tip)
    too_long = _too_long(config, tip_id, text, lang)   # a language switched since the tip: its frame
    return (too_long, 0, "") if too_long else (None, n, lang)


def _too_long(config: dict, tip_id: str, text: SafeText, lang: str) -> Why | None:
    body = relay_body(config, tip_id, text, lang)
    if len(body) <= MAX_BODY_CHARS:
        return None
    room = MAX_BODY_CHARS - (len(body) - len(" ".join(text.split())))
    return ("relay_too_long", {"tip_id": tip_id, "count": len(body), "limit": MAX_BODY_CHARS, "room": room})


def _language(config: dict, stored: str, tip: dict) -> str:
    """The phone's stored language, else the tip's, else the force's default (configured ones only)."""
    found = stored or tip.get("lang") or ""
    return found if found in catalog.configured(config) else config["DEFAULT_LANGUAGE"]


def room_for_message(config: dict, tip_id: str) -> int:
    """How many characters an officer's words may have in a relay on ``tip_id``."""
    return MAX_BODY_CHARS - len(relay_body(config, tip_id, SafeText.system("")))


def _closed(tip_id: str) -> Why:
    return "relay_closed", {"tip_id": tip_id}


def _opted_out(tip_id: str) -> Why:
    return "relay_opted_out", {"tip_id": tip_id}


@dataclass
class Relay:
    """One relay text, checked and numbered (``prepare``), not yet written.

    Attributes:
        message: what the sender is told: "Queued for the tipster of T-7K2Q as: ..." or why
            nothing was sent (the same words by text and in the console).
        n: its message number on the tip (0: refused).
    """
    tip_id: str
    message: str
    n: int
    _write: Callable[[object, list], None]
    lang: str = ""   # the tipster's language (queued relays)

    @property
    def queued(self) -> bool:
        return self.n > 0

    def write(self, pipe, after: list) -> None:
        """Add it to the transaction ``pipe`` the caller executes: the thread entry, the
        tip's fields, the audit entry and the send job (or, refused, the audit entry alone).
        ``after``: where the job goes instead when the queues run jobs in-process (RQ_SYNC):
        run its items once ``pipe`` has committed."""
        self._write(pipe, after)


def tipster_language(services, tip: dict) -> str:
    """The language the tipster of ``tip`` is texted in: the phone's (bot.web.language), else the
    tip's, else the force's default. One GET (SHOW); a relay reads it in its checks' round trip."""
    stored = services.redis.get(keys.language(tip["tipster"])) if tip.get("tipster") else None
    return _language(services.config, stored.decode() if stored else "", tip)


def prepare(services, actor: Actor, tip: dict, text: str, now: float, quick: int | None = None,
            mine: str = catalog.BASE) -> Relay:
    """Check and number one relay text from ``actor`` (an officer by text, ``officer_actor``;
    or a staff member in the console) to the tipster of ``tip``. One round trip (the checks);
    nothing is queued until ``Relay.write`` runs in the caller's save.

    The tipster sees "<FORCE_NAME> re <tip>: <text>" whoever writes it, framed in their language:
    never an officer's name. ``quick``: send quick reply number ``quick`` (bot.officers.quick_replies)
    in the tipster's language instead of ``text``. ``mine``: the sender's language (``Relay.message``)."""
    tip_id = tip["id"]
    text = SafeText.staff(text)   # the officer's own words, from the R command or the console's reply form
    why, n, lang = check_and_number(services, tip, text)
    if not why and quick is not None:
        text = SafeText.staff(quick_replies.text(quick, lang, services.config["DEFAULT_LANGUAGE"],
                                                 quick_ctx(services.config)) or text)
    if why:
        def refused(pipe, after):
            actor.audit(pipe, "reply_refused", tip_id, say_why(services.config, why, None).split(".")[0][:80], now)
        return Relay(tip_id, say_why(services.config, why, mine), 0, refused)
    body = relay_body(services.config, tip_id, text, lang)
    words = " ".join(text.split())
    tipster = tip["tipster"]

    def write(pipe, after):
        tips.append_to_thread(pipe, tip_id, f"officer {actor.name}", words, now, extra={"relay": n})
        pipe.hset(keys.tip(tip_id), mapping={"last_officer": actor.key, "last_relay_at": now,
                                             sent_by(n): actor.key,             # told if it is not delivered
                                             f"relay_{n}_name": actor.name})
        pipe.hsetnx(keys.tip(tip_id), "first_reply_at", now)
        tips.expect_answer(pipe, tipster, tip_id, now, services.config)  # their next text may be the answer
        actor.audit(pipe, "reply", tip_id, f"message {n}, {len(body)} chars", now)
        # The text itself, in the same MULTI: the sender is told "Queued" only if it is.
        outbound.queue_text(services, tipster, body, keys.relay_send(tip_id, n), kind="relay", label=tip_id,
                            ordered=True, pipeline=pipe, after_save=after)

    log.info("relay %s message %d prepared by %s", tip_id, n, actor.key[:12])
    queued = catalog.text(mine, "relay_queued", services.config["DEFAULT_LANGUAGE"], tip_id=tip_id,
                          body=clip(body, 100))
    return Relay(tip_id, queued, n, write, lang)


def quick_ctx(config: dict) -> dict:
    """The placeholders a quick reply may use ({emergency}, {force}, {programme})."""
    return {"programme": config["PROGRAMME_NAME"], "force": config["FORCE_NAME"],
            "emergency": config["EMERGENCY_NUMBER"], "non_emergency": config["NON_EMERGENCY_CONTACT"]}


def reply(services, actor: Actor, tip: dict, text: str, now: float, mine: str,
          speaks: str | None = None) -> Relay:
    """One officer reply as ``R <tip> <text>`` reads it, by text or from the console: ``#2``
    (``text`` naming a quick reply, bot.officers.quick_replies) sends quick reply 2 in the
    tipster's language; free text goes as written. ``message`` says what happened in the
    officer's language ``mine``, with a note when a quick reply went in the tipster's language
    or free text went to a tipster whose language is not ``mine``. Nothing is written until
    ``Relay.write`` (an unknown quick reply writes only its ``reply_refused`` audit entry).
    ``speaks``: the sender's own language when it is not the one ``message`` is written in (the
    console, in English, for a staff member whose language is another); the note compares with it."""
    default = services.config["DEFAULT_LANGUAGE"]
    n = quick_replies.number_of(text)
    if n is not None and quick_replies.text(n, default, default, quick_ctx(services.config)) is None:
        why = catalog.text(mine, "officer_quick_unknown", default, n=n, count=len(quick_replies.library()))

        def refused(pipe, after):
            actor.audit(pipe, "reply_refused", tip["id"], f"no quick reply #{n}", now)
        return Relay(tip["id"], why, 0, refused)
    planned = prepare(services, actor, tip, text, now, quick=n, mine=mine)
    language = catalog.name_of(planned.lang)
    if planned.queued and n is not None:
        planned.message += " " + catalog.text(mine, "officer_quick_sent", default, n=n, language=language)
    elif planned.queued and planned.lang != (speaks or mine):
        planned.message += " " + catalog.text(mine, "officer_language_note", default, language=language,
                                              tip_id=tip["id"])
    return planned


def send_now(services, actor: Actor, tip: dict, text: str, now: float, mine: str = catalog.BASE,
             speaks: str | None = None) -> Relay:
    """``reply`` and commit at once (the console's reply form, in its language ``mine``, for a staff
    member whose own language is ``speaks``): the same checks, quick replies, notes and job as
    ``R <tip> <text>``."""
    planned = reply(services, actor, tip, text, now, mine, speaks)
    after: list = []
    pipe = services.redis.pipeline(transaction=True)
    planned.write(pipe, after)
    pipe.execute()
    for action in after:
        action()
    return planned


def send_to_tipster(turn, officer: dict, tip: dict, text: str) -> list[str]:
    """``R <tip> <text>``: queue one relay text and record it on the tip, all in the turn's save.
    ``R <tip> #2`` sends quick reply 2 in the tipster's language; free text goes as written, and
    the officer is told when the tipster's language is not theirs (``reply``)."""
    mine = commands.language_of(turn.config, officer)
    planned = reply(turn.services, officer_actor(officer), tip, text, turn.now, mine)
    turn.writes.append(lambda pipe: planned.write(pipe, turn.after))
    return [gsm7_letters(planned.message)]


def sent_by(n: int) -> str:
    """Tip record field: the officer who wrote relay message ``n``."""
    return f"relay_{n}_by"
