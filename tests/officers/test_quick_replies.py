"""Quick replies (bot/officers/quick_replies.json) and the tipster's language on the officer side:
R T-7K2Q #2 sends the tipster's language version; free text goes as written with a note; SHOW
says the language."""
from __future__ import annotations

import pytest

from bot.messaging import catalog
from bot.messaging.segments import count_segments, gsm7_letters
from bot.officers import quick_replies
from bot.officers.relay import relay_body
from bot.privacy.redact import SafeText
from tests.helpers import TIPSTER

CTX = {"emergency": "999", "force": "Avon and Somerset Constabulary", "programme": "ASP Tip Line",
       "non_emergency": "101"}


def spanish_tip(tipster) -> str:
    tipster.send("un hombre vende drogas en la esquina de 5th y Cambria, carro negro placa JKM4410")
    return __import__("re").search(r"T-[A-Z0-9]{4,6}", " ".join(tipster.send("ENVIAR"))).group(0)


@pytest.mark.parametrize("lang", catalog.shipped())
def test_every_quick_reply_exists_in_every_language_and_fits_two_segments(lang):
    assert len(quick_replies.library()) >= 8
    config = {"FORCE_NAME": CTX["force"], "DEFAULT_LANGUAGE": "en"}
    for n, entry in enumerate(quick_replies.library(), 1):
        assert entry.get(lang), f"quick reply #{n} has no {lang} text"
        body = relay_body(config, "T-7K2QAB", SafeText.staff(entry[lang].format(**CTX)), lang)
        assert count_segments(gsm7_letters(body)) <= 2 and "?" not in gsm7_letters(entry[lang]).replace("?", ""), (lang, n)


def test_quick_reply_arrives_in_the_tipsters_language(tipster, officer, worker, fake_twilio, redis):
    tip_id = spanish_tip(tipster)
    answer = officer.send(f"R {tip_id} #2")[0]
    assert answer.startswith(f"Queued for the tipster of {tip_id}") and "quick reply #2, in Español" in answer, answer
    worker()
    body = fake_twilio.sent_to(TIPSTER)[-1]["body"]
    assert body == f"Avon and Somerset Police sobre {tip_id}: ¿Esta usted a salvo ahora mismo?"
    # the tipster's answer is taken as the answer, in Spanish
    assert "para el agente que pregunto" in " ".join(tipster.send("sí, estoy bien"))


def test_quick_reply_to_an_english_tipster_is_english(tipster, officer, worker, fake_twilio, file_tip):
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} #8")
    worker()
    assert fake_twilio.sent_to(TIPSTER)[-1]["body"] == f"Avon and Somerset Police re {tip_id}: If you are in danger, call 999 now."


def test_free_text_to_a_spanish_tipster_goes_as_written_with_a_note(tipster, officer, worker, fake_twilio):
    tip_id = spanish_tip(tipster)
    answer = officer.send(f"R {tip_id} which way did the car go?")[0]
    assert "the tipster writes Español" in answer and f"R {tip_id} #n" in answer, answer
    worker()
    assert fake_twilio.sent_to(TIPSTER)[-1]["body"] == f"Avon and Somerset Police sobre {tip_id}: which way did the car go?"


def test_no_note_when_the_languages_match(tipster, officer, file_tip):
    tip_id = file_tip(tipster)
    answer = officer.send(f"R {tip_id} which way did the car go?")[0]
    assert "Note" not in answer and answer.startswith("Queued")


def test_an_unknown_quick_reply_sends_nothing(tipster, officer, worker, fake_twilio, file_tip):
    tip_id = file_tip(tipster)
    answer = officer.send(f"R {tip_id} #99")[0]
    assert "No quick reply #99" in answer and "Nothing was sent" in answer
    worker()
    assert fake_twilio.sent_to(TIPSTER) == []


def test_quick_lists_the_library_and_show_says_the_language(tipster, officer):
    listing = officer.send("QUICK")[0]
    assert "#1 Thank you." in listing and "#2 Are you safe right now?" in listing
    tip_id = spanish_tip(tipster)
    shown = officer.send(f"SHOW {tip_id}")[0]
    assert "Language: Español (es)" in shown, shown


def test_a_language_switch_after_filing_reaches_the_relay(tipster, officer, worker, fake_twilio, file_tip):
    tip_id = file_tip(tipster)
    tipster.send("ESPAÑOL")
    officer.send(f"R {tip_id} #3")
    worker()
    assert fake_twilio.sent_to(TIPSTER)[-1]["body"] == f"Avon and Somerset Police sobre {tip_id}: Gracias, esto nos ayuda mucho."
