"""Property tests of the inbound webhook with hypothesis: whatever Twilio (or
someone replaying signed requests) sends, the answer is TwiML or a clear 400,
never a 500; a MessageSid never moves a conversation twice; the sender's
number never leaves the vault. A longer, randomised run: `make fuzz`.
"""
from __future__ import annotations

import logging
import os
import uuid
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.store import keys
from tests.helpers import BOT_NUMBER

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

TIPSTER = "+447700900123"
# Text as phones send it: any script, emoji, controls; no lone surrogates (not encodable as UTF-8).
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
words = st.sampled_from(["SEND", "SKIP", "DELETE", "NEW", "STOP", "START", "HELP", "YES", "JOIN FARMWATCH",
                         "LEAVE ALL", "MY ALERTS", "ALERTS ADD #horse", "R T-2345 hi", "PIN 1234", "CMDS", ""])
bodies = st.one_of(texts, words, st.builds(lambda w, t: f"{w} {t}", words, texts))
senders = st.one_of(
    st.sampled_from([TIPSTER, "+12155550143", "07700 900124", "VODAFONE", "60060", "whatsapp:+447700900125",
                     "", " ", "+44", "not a number", "client:alice", "x" * 40]),
    texts.map(lambda t: t[:40]),
)
media_counts = st.one_of(st.integers(-3, 15).map(str), st.sampled_from(["", "x", "1e3", " 2"]))


def _post(phone, params):
    resp = phone.post("/sms", params)
    assert resp.status_code in (200, 400), (resp.status_code, params)
    root = ElementTree.fromstring(resp.get_data(as_text=True))     # TwiML always parses
    assert root.tag == "Response"
    return resp.status_code, [m.text or "" for m in root.iter("Message")]


@FUZZ
@given(sender=senders, body=bodies, num_media=media_counts, sid=st.sampled_from(["SMdup1", "SMdup2", None]),
       extra=st.dictionaries(st.sampled_from(["FromCity", "FromZip", "SmsSid", "MediaUrl0", "MediaUrl9",
                                              "ToCountry", "NumSegments"]), texts, max_size=3))
def test_any_signed_payload_is_answered_never_500(sender, body, num_media, sid, extra, make_phone):
    params = {"From": sender, "To": BOT_NUMBER, "Body": body, "NumMedia": num_media, **extra}
    if sid:
        params["MessageSid"] = sid
    _post(make_phone(sender), params)


@FUZZ
@given(body=bodies, media=st.lists(st.just("https://api.twilio.com/media/ME1"), max_size=3))
def test_a_redelivered_message_sid_never_moves_the_conversation_twice(body, media, phone, services, redis):
    params = {"From": phone.number, "To": BOT_NUMBER, "Body": body, "MessageSid": "SM" + uuid.uuid4().hex,
              "NumMedia": str(len(media)), **{f"MediaUrl{i}": u for i, u in enumerate(media)}}
    key = keys.conversation(services.identity.pseudonym(phone.number))
    first = _post(phone, params)
    state_after_first = redis.get(key)
    again = _post(phone, params)
    assert again == first
    assert redis.get(key) == state_after_first


def _own_number_forms(draw_sep, draw_prefix):
    return f"{draw_prefix}7700{draw_sep}900{draw_sep}123"


@FUZZ
@given(before=texts, after=texts, sep=st.sampled_from([" ", "", "-", "/", ".", "_", "–", " / ", ", ", "*"]),
       prefix=st.sampled_from(["0", "+44 ", "+44", "0044 ", "+44 (0)"]),
       follow=st.sampled_from(["", "SEND", "HELP", "STOP", "START", "NEW"]))
def test_the_senders_number_never_leaves_the_vault(before, after, sep, prefix, follow, phone, services, redis_dump,
                                                   caplog):
    caplog.set_level(logging.DEBUG)
    phone.send(f"{before} ring me {_own_number_forms(sep, prefix)} {after}")
    if follow:
        phone.send(follow)
    sealed = keys.sealed_number(services.identity.pseudonym(TIPSTER))
    for key, value in redis_dump():
        if key == sealed:
            continue
        flat = "".join(ch for ch in key + value if ch.isdigit())
        assert "7700900123" not in flat, key
    logged = "".join(ch for r in caplog.records for ch in r.getMessage() if ch.isdigit())
    assert "7700900123" not in logged


@FUZZ
@given(command=st.sampled_from(["R", "REPLY", "TIPS", "SHOW", "CLAIM", "CLOSE", "ON", "OFF", "PIN", "LOCK",
                                "ALERT", "SEND", "STATUS", "HALT", "CMDS", "?", "HELP", "R:", "zz"]),
       args=st.one_of(texts, st.sampled_from(["T-2345", "t2345", "A-1", "99", "FARMWATCH 5km BA3 5QE x",
                                              "ALL 60km BA3 5QE x", "#horse", "T-2345 " + "x" * 1700])))
def test_officer_commands_with_any_arguments_never_500(command, args, officers):
    officer = officers.register("+447700900999", name="PC Fuzz", role="supervisor")
    status, replies = _post(officer, {"From": officer.number, "To": BOT_NUMBER, "Body": f"{command} {args}",
                                      "MessageSid": "SM" + uuid.uuid4().hex})
    assert status == 200 and replies
