"""An alert composed by SMS in more than one language (issue 14): ALERT writes the force
default's text, the preview names the recipients' languages with no text and how to add one,
``ADD A-12 ES <text>`` adds it before SEND, and each resident gets their own language's text
through the fan-out and the fake Twilio. Every refusal is clear, changes nothing and is audited."""
from __future__ import annotations

import re

import pytest

from bot.alerts import store
from bot.messaging.segments import count_segments
from bot.officers import audit
from bot.store import keys
from tests.helpers import ALERT_TEXT, assert_sms_sized

SPANISH = "+447700900341"       # UNIRSE: a Spanish resident near BA3 5QE
ENGLISH = "+447700900342"       # JOIN: an English one, next door
ES_TEXT = "Ganado suelto en la A362 cerca de Farrington Gurney"


@pytest.fixture()
def residents(make_phone):
    make_phone(SPANISH).send("UNIRSE FARMWATCH BA3 5QE")
    make_phone(ENGLISH).send("JOIN FARMWATCH BA3 5QF")


def _alert(officer, text: str = ALERT_TEXT) -> tuple[str, list[str]]:
    replies = officer.send(f"ALERT FARMWATCH 5km BA3 5QE {text}")
    return re.search(r"SEND (A-\d+)", replies[-1]).group(1), replies


def _refusals(redis, alert_id: str = "") -> list[dict]:
    return [e for e in audit.entries(redis, limit=200) if e["action"] == "alert_add_refused"
            and (not alert_id or e.get("alert") == alert_id)]


def test_the_preview_names_the_language_without_a_text_and_how_to_add_it(officer, residents):
    code, replies = _alert(officer)
    assert_sms_sized(replies)
    joined = " ".join(replies)
    assert "No text in Español (1 recipient): they get the English text." in joined
    assert f"To add one: ADD {code} ES <text>" in joined
    assert f"SEND {code}" in replies[-1]          # still the last thing the officer reads


def test_no_language_line_when_every_recipient_reads_the_default(officer, make_phone):
    make_phone(ENGLISH).send("JOIN FARMWATCH BA3 5QF")
    _, replies = _alert(officer)
    assert "No text in" not in " ".join(replies) and "ADD " not in " ".join(replies)


def test_add_then_send_each_resident_gets_their_language(officer, residents, worker, fake_twilio, redis):
    code, replies = _alert(officer)
    english_body = replies[1]
    answer = officer.send(f"ADD {code} ES {ES_TEXT}")
    assert_sms_sized(answer)
    spanish_body = answer[1]
    n = count_segments(spanish_body)
    assert answer[0] == f"{code}: Español text added ({n} segments). Recipients who read Español get:"
    incident = re.search(r"Ref: (CAD-\d{8}-\d+)", english_body).group(1)
    assert spanish_body.startswith(f"Alerta de Vigilancia Rural: {ES_TEXT}")
    assert incident in spanish_body and "SALIR FARMWATCH" in spanish_body and n == 2
    assert "Every recipient gets the alert in their language." in " ".join(answer)
    assert f"SEND {code}" in answer[-1]
    a = store.load(redis, code)
    assert a["state"] == "preview" and a["lang_texts"] == {"es": ES_TEXT} and a["lang_bodies"] == {"es": spanish_body}
    assert [e["detail"] for e in audit.entries(redis, limit=50) if e["action"] == "alert_add"] == ["es text, 2 segments"]
    worker()
    assert fake_twilio.messages == []       # nothing goes before SEND
    [ack] = officer.send(f"SEND {code}")
    assert ack.startswith(f"Sending {code}")
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(SPANISH)] == [spanish_body]
    assert [m["body"] for m in fake_twilio.sent_to(ENGLISH)] == [english_body]


def test_a_second_add_replaces_the_text_and_the_language_can_be_named(officer, residents, redis):
    code, _ = _alert(officer)
    officer.send(f"ADD {code} ES Vacas sueltas")
    answer = officer.send(f"add {code} español {ES_TEXT}")     # any case; the switch word names the language
    assert answer[0].startswith(f"{code}: Español text replaced")
    assert store.load(redis, code)["lang_texts"] == {"es": ES_TEXT}


def test_add_gives_the_preview_its_full_time_again(officer, residents, redis):
    code, _ = _alert(officer)
    redis.hset(keys.alert(code), "expires_at", 0)   # it has run out
    [refused] = officer.send(f"ADD {code} ES {ES_TEXT}")
    assert refused == f"{code} is expired: a text can only be added before SEND."
    code, _ = _alert(officer)
    before = float(store.load(redis, code)["expires_at"])
    redis.hset(keys.alert(code), "expires_at", before - 60 * 4)     # four minutes later
    officer.send(f"ADD {code} ES {ES_TEXT}")
    assert float(store.load(redis, code)["expires_at"]) > before - 60 * 4 + 60


@pytest.mark.parametrize("args, expected", [
    ("", "Text ADD, the alert code, a language (ES) and its text, e.g. ADD A-12 ES <text>. "
         "The alert must not be sent yet."),
    ("{code}", "After the alert code, name the language: ES, e.g. ADD {code} ES <text>."),
    ("{code} KLINGON Cattle loose", "After the alert code, name the language: ES, e.g. ADD {code} ES <text>."),
    ("{code} 07700900123 Cattle loose", "After the alert code, name the language: ES, e.g. ADD {code} ES <text>."),
    ("{code} EN Cattle loose", "English is the ALERT's own text: to change it, HALT {code} and write a new ALERT."),
    ("{code} ES", "Write the Español text after the language, e.g. ADD {code} ES <text>."),
    ("A-999 ES Hola", "No alert A-999."),
    ("ES {code} Hola", "Text ADD and the alert code, e.g. ADD A-12."),
])
def test_bad_add_gets_a_clear_answer_changes_nothing_and_is_audited(officer, residents, redis, args, expected):
    code, _ = _alert(officer)
    before = store.load(redis, code)
    [answer] = officer.send(f"ADD {args.format(code=code)}".strip())
    assert answer == expected.format(code=code)
    assert "07700900123" not in answer
    after = store.load(redis, code)
    assert after["lang_texts"] == {} and after["expires_at"] == before["expires_at"]
    assert len(_refusals(redis)) == 1


def test_a_spanish_text_too_long_is_refused_with_the_language_named(officer, residents, redis):
    code, _ = _alert(officer)
    [answer] = officer.send(f"ADD {code} ES {'palabra ' * 200}")
    assert answer.startswith("The Español text: The alert is too long by ")
    assert store.load(redis, code)["lang_texts"] == {}
    assert len(_refusals(redis, code)) == 1


def test_only_the_author_adds_and_only_before_send(officer, officers, residents, redis, worker):
    code, _ = _alert(officer)
    other = officers.register("+447700900977", name="PC Other", badge="9977")
    [answer] = other.send(f"ADD {code} ES {ES_TEXT}")
    assert answer == f"Only the officer who wrote {code} can add a text to it."
    officer.send(f"SEND {code}")
    worker()
    [answer] = officer.send(f"ADD {code} ES {ES_TEXT}")
    assert re.fullmatch(rf"{code} is (queued|sending|done): a text can only be added before SEND\.", answer), answer
    assert store.load(redis, code)["lang_texts"] == {}
    assert len(_refusals(redis, code)) == 2


def test_a_spanish_officer_is_answered_in_spanish(officer, residents):
    officer.send("LANG ES")
    code, replies = _alert(officer)
    joined = " ".join(replies)
    assert "Sin texto en Español (1 destinatario): recibiran el texto en English." in joined, joined
    assert f"Para añadir uno: ADD {code} ES <texto>" in joined
    answer = officer.send(f"ADD {code} ES {ES_TEXT}")
    assert answer[0] == f"{code}: texto en Español añadido (2 segmentos). Quienes leen Español recibiran:"
    [refused] = officer.send(f"ADD {code} KLINGON hola")
    assert refused == f"Tras el codigo de la alerta, indique el idioma: ES, p. ej. ADD {code} ES <texto>."


def test_send_counts_the_longest_language_text_for_confirm(officer, residents, app):
    """A Spanish text over ALERT_CONFIRM_OVER_SEGMENTS makes SEND ask for CONFIRM, as the
    default's would: the cost is never under-told."""
    app.config["ALERT_CONFIRM_OVER_SEGMENTS"] = 1
    code, _ = _alert(officer, "Cattle loose")
    officer.send(f"ADD {code} ES {'Ganado suelto en la carretera A362, tengan cuidado. ' * 3}")
    [answer] = officer.send(f"SEND {code}")
    assert answer.startswith(f"{code} needs confirming:"), answer
