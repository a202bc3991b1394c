"""Officer commands for community alerts: ALERT (preview), ADD (another language's text),
SEND (confirm), STATUS, HALT.

Nothing goes out before SEND: ALERT only counts recipients, shows the exact text
and what it costs (segments, time to send, price), and refuses an alert nobody
would get. SEND queues the planning job in the same MULTI as the move to
``queued`` (no selection or sending inside the HTTP request); past ALERT_CONFIRM_OVER_SEGMENTS segments a
text or ALERT_CONFIRM_OVER_COST in all it needs ``SEND A-12 CONFIRM``. HALT is the
stop word because CANCEL is a Twilio opt-out keyword.

Who: only the author SENDs; the author or a supervisor sees (STATUS), discards
(HALT of a preview) or stops (HALT in flight) an alert. Everything is audited,
refusals too.

SEND and HALT move the alert's state with a compare-and-set that commits at once
(bot.alerts.store.compare_and_set) rather than in the turn's save: their replies
say who won, and the turn's MULTI caches its reply before it runs. The audit entry
of a move is in the same MULTI as the move. Everything else (the preview record,
refusals, STATUS) is written with the turn, as other commands are.

Languages: ALERT's text is the force default language's (the one everybody without another
gets). When the audience has readers of another configured language, the preview says so
("No text in Español (3 recipients): they get the English text.") and how to add theirs:
``ADD A-12 ES <text>`` (ES, or the language's switch word: ESPANOL, SPANISH), by the author,
before SEND. ADD composes that language's SMS (its own head, contact and opt-out lines) with the
alert's incident reference, keeps it beside the default's (``lang_texts``/``lang_bodies``, as the
console composer does, so the fan-out sends each recipient theirs), answers with the exact text
and what still lacks one, and gives the preview its full ALERT_PREVIEW_MINUTES again. ADD is no
Twilio word, no scheme keyword, and is not in the (two-segment) command list: the preview names it.
A second ADD in the same language replaces the first.

Why CONFIRM and not YES: YES is a Twilio opt-in keyword when it is a whole text,
so an officer who answers a warning with a bare YES would be handled as a
subscriber opting in, not confirm anything; ``SEND A-12 CONFIRM`` also names the
alert it confirms, so a late or stray confirmation cannot send another one.

The answers are catalog texts (``alert_cmd_*`` in bot/locales/<lang>.json) in the officer's
language (bot.officers.commands.say); the audit log gets the English ones. The cost, time
and room lines and the compose errors come from bot.alerts.compose, in the officer's language
too (``lang``), sent GSM-7.
"""
from __future__ import annotations

import json
import logging
import uuid

from bot.alerts import actions, compose, fanout, selection, store, tally, targeting
from bot.alerts.command_replies import audit_later, counted, find_alert, may_follow, not_theirs, refuse, state_word
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.officers import audit, registry
from bot.officers.commands import command, language_of, say
from bot.store import keys

log = logging.getLogger(__name__)
CONFIRM = "CONFIRM"


@command("ALERT", usage="ALERT <scheme|ALL> [5km BA3 5QE] [#cat] <text>")
def alert(turn, officer: dict, args: str) -> list[str]:
    cfg, redis = turn.config, turn.redis
    lang = language_of(cfg, officer)
    try:
        draft = compose.parse(args, cfg, lang)
        compose.compose(draft, "X" * 20, cfg)  # length check before using up an incident number
    except compose.BadAlert as exc:
        return refuse(turn, officer, "alert", "", exc)
    which = "ALL" if len(draft.schemes) > 1 else draft.schemes[0]
    cats = f" #{' #'.join(draft.categories)}" if draft.categories else ""
    target = {"id": f"new-{uuid.uuid4().hex[:12]}", "schemes": draft.schemes, "categories": draft.categories,
              "radius_m": draft.radius_m, "lat": draft.place.lat if draft.place else None,
              "lon": draft.place.lon if draft.place else None}
    recipients = selection.count(redis, target)
    if not recipients:
        where = gsm7_letters(draft.where(lang)) if draft.place else say(cfg, officer, "alert_cmd_whole_area")
        nobody = say(cfg, officer, "alert_cmd_nobody_all" if which == "ALL" else "alert_cmd_nobody_scheme",
                     scheme=which, cats=cats)
        name = "alert_cmd_no_one_near" if draft.place else "alert_cmd_no_one"
        return refuse(turn, officer, "alert", "", say(cfg, officer, name, nobody=nobody, where=where),
                      detail=f"no recipients: {which}{cats} {draft.where()}")
    incident = compose.new_incident(redis, cfg, turn.now)
    body = compose.compose(draft, incident, cfg)
    alert_id = store.new_id(redis)
    est = compose.estimate(body, recipients, cfg)
    record = {
        **target, "id": alert_id, "state": "preview", "officer": officer["pseudonym"],
        "officer_name": registry.display_name(officer),
        "area": draft.place.code if draft.place else "ALL", "text": draft.text, "body": body, "incident": incident,
        "segments": est.segments, "unicode": int(est.unicode), "recipients": recipients,
        "created_at": turn.now, "expires_at": turn.now + cfg["ALERT_PREVIEW_MINUTES"] * 60,
    }
    detail = (f"{which}{cats} {draft.where()}: {compose.plural(recipients, 'recipient')}, "
              f"{compose.plural(est.segments, 'segment')} {'UCS-2' if est.unicode else 'GSM-7'}, {incident}")

    def write(pipe):
        store.save(pipe, record)
        audit.record(pipe, "alert", officer=officer, alert_id=alert_id, detail=detail, text=draft.text, at=turn.now)

    turn.writes.append(write)
    log.info("alert %s previewed by %s: %d recipients", alert_id, officer["pseudonym"][:12], recipients)
    minutes = f"{cfg['ALERT_PREVIEW_MINUTES']:g}"
    needs = _language_lines(turn, officer, record)
    reasons = gsm7_letters(compose.confirm_reasons(est, cfg, lang))
    room = gsm7_letters(compose.room_line(draft.text, body, lang))
    if reasons:
        prompt = [say(cfg, officer, "alert_cmd_warning", reasons=reasons), room,
                  say(cfg, officer, "alert_cmd_send_anyway", alert_id=alert_id, confirm=CONFIRM, minutes=minutes)]
    else:
        prompt = [room, say(cfg, officer, "alert_cmd_send_how", alert_id=alert_id, minutes=minutes)]
    summary = [say(cfg, officer, "alert_cmd_preview", alert_id=alert_id, recipients=counted(turn, officer, recipients,
                   "recipient"), scheme=f"{which}{cats}", where=draft.where(lang)),
               gsm7_letters(compose.cost_line(est, cfg, lang)), say(cfg, officer, "alert_cmd_text")]
    # The bot's own lines packed into messages of at most two segments; the alert text
    # exactly as subscribers will get it in between (its length is the officer's).
    return compose.pack(summary) + [body] + compose.pack([gsm7_letters(compose.unicode_line(est, body, lang))]
                                                         + needs + prompt)


def _composed(a: dict, lang_texts: dict) -> targeting.Composed:
    """A saved alert's audience as targeting reads it (to count its recipients per language)."""
    near = a.get("radius_m") not in (None, "")
    return targeting.Composed(schemes=list(a["schemes"]), categories=list(a.get("categories") or []),
                              area="point" if near else "all", radius_m=float(a["radius_m"]) if near else None,
                              lat=float(a["lat"]) if near else None, lon=float(a["lon"]) if near else None,
                              text=a.get("text", ""), lang_texts=dict(lang_texts))


def _language_lines(turn, officer: dict, a: dict, lang_texts: dict | None = None, all_have: bool = False) -> list[str]:
    """The recipients' languages with no text in the alert, and how to add one ([] when the force
    has one language, or every recipient has theirs: then, with ``all_have``, a line saying so)."""
    cfg = turn.config
    if len(catalog.configured(cfg)) < 2:
        return []
    composed = _composed(a, lang_texts or {})
    needs = targeting.language_needs(targeting.count_by_language(turn.redis, composed, cfg), composed, cfg,
                                     language_of(cfg, officer))
    if not needs["missing"]:
        return [gsm7_letters(needs["line"])] if all_have else []
    return [gsm7_letters(needs["line"]),
            say(cfg, officer, "alert_cmd_add_hint", alert_id=a["id"], code=needs["missing"][0].upper())]


def _language_word(word: str, languages: list[str]) -> str | None:
    """The configured language a word names: its code (ES) or a switch word (ESPANOL, SPANISH)."""
    code = word.lower()
    return code if code in languages else catalog.switch_language(word, languages)


@command("ADD", usage="")
def add_text(turn, officer: dict, args: str) -> list[str]:
    """ADD A-12 ES <text>: the alert's text in another configured language, before SEND."""
    cfg = turn.config
    languages = catalog.configured(cfg)
    others = languages[1:]
    codes = ", ".join(code.upper() for code in others) or languages[0].upper()
    example = (others or languages)[0].upper()
    words = args.split()
    if not words:
        return refuse(turn, officer, "alert_add", "", ("alert_cmd_add_usage", {"codes": codes, "alert_id": "A-12",
                                                                                "code": example}))
    a, refused = find_alert(turn, officer, args, "ADD")
    if refused:
        return refused
    alert_id = a["id"]
    if a["officer"] != officer["pseudonym"]:
        return refuse(turn, officer, "alert_add", alert_id, ("alert_cmd_add_not_author", {"alert_id": alert_id}),
                      detail="not the author")
    if a["state"] != "preview" or store.is_expired(a, turn.now):
        state = "expired" if a["state"] == "preview" else a["state"]
        return refuse(turn, officer, "alert_add", alert_id, say(cfg, officer, "alert_cmd_add_state", alert_id=alert_id,
                                                                 state=state_word(turn, officer, state)),
                      detail=f"{alert_id} is {state}")
    lang = _language_word(words[1], languages) if len(words) > 1 else None
    if lang is None:
        return refuse(turn, officer, "alert_add", alert_id,
                      ("alert_cmd_add_lang", {"codes": codes, "alert_id": alert_id, "code": example}),
                      detail="no language named")
    if lang == languages[0]:
        return refuse(turn, officer, "alert_add", alert_id,
                      ("alert_cmd_add_default", {"language": catalog.name_of(lang), "alert_id": alert_id}),
                      detail=f"{lang} is the default language")
    text = compose.plain(" ".join(words[2:])).strip()
    if not text:
        return refuse(turn, officer, "alert_add", alert_id,
                      ("alert_cmd_add_no_text", {"language": catalog.name_of(lang), "alert_id": alert_id,
                                                  "code": lang.upper()}), detail=f"no {lang} text")
    draft = compose.Draft(list(a["schemes"]), list(a.get("categories") or []), text=text)
    try:
        body = compose.compose(draft, a["incident"], cfg, lang)
    except compose.BadAlert as exc:
        return refuse(turn, officer, "alert_add", alert_id,
                      compose.BadAlert.of("alert_err_lang_text", language=catalog.name_of(lang), error=exc))
    minutes = cfg["ALERT_PREVIEW_MINUTES"]
    detail = f"{lang} text, {compose.plural(compose.segments(body), 'segment')}"

    def add(found, _pipe):
        if found is None or found["state"] != "preview" or store.is_expired(found, turn.now):
            return None, None        # sent, halted or expired meanwhile
        texts, bodies = {**found["lang_texts"], lang: text}, {**found["lang_bodies"], lang: body}
        segments = max(compose.segments(b) for b in (found["body"], *bodies.values()))

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"lang_texts": json.dumps(texts), "lang_bodies": json.dumps(bodies),
                                                     "segments": segments,
                                                     "expires_at": turn.now + minutes * 60})
            audit.record(pipe, "alert_add", officer=officer, alert_id=alert_id, detail=detail, text=text, at=turn.now)
        return write, (found, texts)

    moved = store.compare_and_set(turn.redis, alert_id, add)
    if moved is None:
        now = store.load(turn.redis, alert_id) or {"state": "gone"}
        state = "expired" if now["state"] == "preview" else now["state"]
        return refuse(turn, officer, "alert_add", alert_id, say(cfg, officer, "alert_cmd_add_state", alert_id=alert_id,
                                                                 state=state_word(turn, officer, state)),
                      detail=f"{alert_id} is {state}")
    found, texts = moved
    log.info("alert %s: %s text added by %s", alert_id, lang, officer["pseudonym"][:12])
    head = say(cfg, officer, "alert_cmd_replaced" if lang in found["lang_texts"] else "alert_cmd_added",
               alert_id=alert_id, language=catalog.name_of(lang),
               segments=counted(turn, officer, compose.segments(body), "segment"))
    est = compose.estimate(body, 1, cfg)
    send_how = say(cfg, officer, "alert_cmd_send_how", alert_id=alert_id, minutes=f"{minutes:g}")
    return compose.pack([head]) + [body] + compose.pack(
        [gsm7_letters(compose.unicode_line(est, body, language_of(cfg, officer)))]
        + _language_lines(turn, officer, found, texts, all_have=True) + [send_how])


@command("SEND", usage="SEND A-12 (confirm an alert)")
def send(turn, officer: dict, args: str) -> list[str]:
    a, refused = find_alert(turn, officer, args, "SEND")
    if refused:
        return refused
    alert_id, cfg = a["id"], turn.config
    if a["officer"] != officer["pseudonym"]:
        return refuse(turn, officer, "alert_send", alert_id, say(cfg, officer, "alert_cmd_not_author", alert_id=alert_id),
                      detail="not the author")
    if a["state"] in ("queued", "sending", "done"):
        return refuse(turn, officer, "alert_send", alert_id, say(cfg, officer, "alert_cmd_already", alert_id=alert_id,
                                                                  state=state_word(turn, officer, a["state"])),
                      detail=f"{alert_id} is already {a['state']}")
    if a["state"] != "preview":
        return refuse(turn, officer, "alert_send", alert_id, say(cfg, officer, "alert_cmd_was", alert_id=alert_id,
                                                                  state=state_word(turn, officer, a["state"])),
                      detail=f"{alert_id} was {a['state']} and cannot be sent")
    if store.is_expired(a, turn.now):
        def expire(found, _pipe):
            if not found or found["state"] != "preview":
                return None, None
            return (lambda pipe: pipe.hset(keys.alert(alert_id), "state", "expired")), None
        store.compare_and_set(turn.redis, alert_id, expire)
        return refuse(turn, officer, "alert_send", alert_id,
                      ("alert_cmd_expired", {"alert_id": alert_id, "minutes": f"{cfg['ALERT_PREVIEW_MINUTES']:g}"}))
    recipients = selection.count(turn.redis, a)     # people may have left or stopped since the preview
    if not recipients:
        return refuse(turn, officer, "alert_send", alert_id, ("alert_cmd_no_recipients", {"alert_id": alert_id}),
                      detail="no recipients")
    # the longest of its texts (ADD may have given it one per language): the cost is not under-told
    longest = max((a["body"], *(a.get("lang_bodies") or {}).values()), key=compose.segments)
    est = compose.estimate(longest, recipients, cfg)
    reasons = gsm7_letters(compose.confirm_reasons(est, cfg, language_of(cfg, officer)))
    if reasons and CONFIRM not in (w.upper() for w in args.split()[1:]):
        return refuse(turn, officer, "alert_send", alert_id,
                      ("alert_cmd_needs_confirm", {"alert_id": alert_id, "reasons": reasons, "confirm": CONFIRM}),
                      detail=f"needs {CONFIRM}")
    detail = (f"{compose.plural(recipients, 'recipient')}, {est.total_segments} segments, "
              f"about {compose.money(est.price, cfg)}" + (f", {CONFIRM}" if reasons else ""))

    def confirm(found, _pipe):
        if found is None or found["state"] != "preview":   # HALTed (discarded) meanwhile
            return None, (found or {}).get("state", "gone")

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"state": "queued", "confirmed_at": turn.now,
                                                     "recipients": recipients})
            pipe.sadd(keys.ALERTS_IN_FLIGHT, alert_id)     # the worker's sweep plans it if the job is lost
            pipe.zadd(keys.ALERTS_SENT, {alert_id: turn.now})   # the CAP feed (bot.alerts.cap)
            audit.record(pipe, "alert_send", officer=officer, alert_id=alert_id, detail=detail, at=turn.now)
            # The planning job commits with the confirmation: no moment at which the
            # alert is confirmed and nothing will send it.
            fanout.enqueue_plan(turn.services, alert_id, pipeline=pipe, after_save=turn.after)
        return write, "queued"

    moved = store.compare_and_set(turn.redis, alert_id, confirm)
    if moved != "queued":
        return refuse(turn, officer, "alert_send", alert_id, say(cfg, officer, "alert_cmd_was", alert_id=alert_id,
                                                                  state=state_word(turn, officer, moved)),
                      detail=f"{alert_id} was {moved} and cannot be sent")
    log.info("alert %s confirmed by %s", alert_id, officer["pseudonym"][:12])
    return [say(cfg, officer, "alert_cmd_sending", alert_id=alert_id, incident=a["incident"],
                recipients=counted(turn, officer, recipients, "recipient"),
                segments=counted(turn, officer, est.total_segments, "segment"), duration=compose.duration(est.seconds, language_of(cfg, officer)),
                money=compose.money(est.price, cfg))]


@command("STATUS", usage="STATUS A-12")
def status(turn, officer: dict, args: str) -> list[str]:
    a, refused = find_alert(turn, officer, args, "STATUS")
    if refused:
        return refused
    if not may_follow(officer, a):
        return not_theirs(turn, officer, a, "STATUS")
    audit_later(turn, officer, "alert_status", a["id"], detail=a["state"])
    if a["state"] == "preview":
        left = max(0, int((float(a["expires_at"]) - turn.now) // 60))
        return [say(turn.config, officer, "alert_cmd_status_preview", alert_id=a["id"], n=a["recipients"],
                    minutes=left)]
    c = tally.counts(turn.redis, a["id"])
    total = a["total"] if a.get("planned_at") else a["recipients"]
    if a["state"] == "halted":
        # Let out before the HALT: those go (or are on their way); every other one was stopped.
        gone = a["halted_gone"]
        c["halted"] = max(0, total - gone)
        queued = max(0, gone - (c["sent"] + c["delivered"] + c["failed"] + c["skipped"]))
    else:
        queued = max(0, total - sum(c.values()))
    return [say(turn.config, officer, "alert_cmd_status", alert_id=a["id"], incident=a["incident"],
                state=state_word(turn, officer, a["state"]), n=total, queued=queued, sent=c["sent"],
                delivered=c["delivered"], failed=c["failed"], skipped=c["skipped"], halted=c["halted"])]


@command("HALT", usage="HALT A-12 (stop or discard an alert)")
def halt(turn, officer: dict, args: str) -> list[str]:
    a, refused = find_alert(turn, officer, args, "HALT")
    if refused:
        return refused
    alert_id = a["id"]
    if not may_follow(officer, a):
        return not_theirs(turn, officer, a, "HALT")
    outcome, gone, stopped = actions.halt(turn.redis, alert_id, officer, turn.now)
    if outcome == "discarded now":
        return [say(turn.config, officer, "alert_cmd_discarded", alert_id=alert_id)]
    if outcome == "halted now":
        log.warning("alert %s halted by %s: %d gone, %d stopped", alert_id, officer["pseudonym"][:12], gone, stopped)
        return [say(turn.config, officer, "alert_cmd_halted_one" if stopped == 1 else "alert_cmd_halted",
                    alert_id=alert_id, gone=counted(turn, officer, gone, "text"), n=stopped)]
    if outcome == "halted":
        return refuse(turn, officer, "alert_halt", alert_id, ("alert_cmd_already_halted", {"alert_id": alert_id}))
    return refuse(turn, officer, "alert_halt", alert_id, say(turn.config, officer, "alert_cmd_nothing_to_halt",
                                                              alert_id=alert_id, state=state_word(turn, officer, outcome)),
                  detail=f"{alert_id} is {outcome}; there is nothing to halt.")
