"""A tipster's language: detected from the first text with content (among LANGUAGES
only), kept by pseudonym with the conversation's expiry, switched by keyword at any time;
short or unclear texts keep DEFAULT_LANGUAGE."""
from __future__ import annotations

import pytest

from bot import create_app
from bot.store import keys
from nlp.language import detect
from tests.conftest import Phone

NUMBER = "+447700900777"


def stored(services, number):
    raw = services.redis.get(keys.language(services.identity.pseudonym(number)))
    return raw.decode() if raw else None


def test_a_spanish_first_text_gets_spanish_and_it_is_remembered(make_phone, services, redis):
    phone = make_phone(NUMBER)
    first = " ".join(phone.send("un hombre vende drogas en la esquina de la calle Cambria"))
    assert "esta linea es anonima" in first and "llame al 999" in first, first
    assert stored(services, NUMBER) == "es"
    ttl = redis.ttl(keys.language(services.identity.pseudonym(NUMBER)))
    assert ttl == pytest.approx(services.config["CONVERSATION_TTL_DAYS"] * 86400, abs=5)
    # A short text later is still answered in Spanish: the language is the phone's now.
    later = " ".join(phone.send("ok"))
    assert "responda saltar" in later.lower() or "cuando fue" in later.lower(), later


def test_an_english_first_text_stays_english(make_phone, services):
    phone = make_phone(NUMBER)
    replies = " ".join(phone.send("Drug dealing from a flat above the chip shop"))
    assert "this line is anonymous" in replies and "Where was this?" in replies
    assert stored(services, NUMBER) == "en"


@pytest.mark.parametrize("text", ["ok", "hi", "JKM4410", "he has a gun"])
def test_short_or_unclear_texts_keep_the_default_and_store_nothing(make_phone, services, text):
    assert detect(text, ["en", "es"]) is None
    phone = make_phone(NUMBER)
    replies = " ".join(phone.send(text))
    assert "anonymous" in replies
    assert stored(services, NUMBER) is None
    # the next text with content decides
    phone.send("en la esquina de la calle Cambria frente a la tienda")
    assert stored(services, NUMBER) == "es"


@pytest.mark.parametrize("text", ["Hola", "HOLA!", "ayuda"])
def test_a_word_only_spanish_has_decides(make_phone, services, text):
    phone = make_phone(NUMBER)
    replies = " ".join(phone.send(text))
    assert stored(services, NUMBER) == "es", replies
    assert "999" in replies and ("anonima" in replies or "envienos" in replies), replies


def test_the_default_language_is_the_forces(redis_url, tmp_path, fake_twilio):
    from tests.conftest import base_config

    app = create_app({**base_config(redis_url, tmp_path, fake_twilio.url), "DEFAULT_LANGUAGE": "es"})
    replies = " ".join(Phone(app.test_client(), NUMBER).send("ok"))
    assert "esta linea es anonima" in replies


def test_only_configured_languages_are_detected(redis_url, tmp_path, fake_twilio):
    from tests.conftest import base_config

    app = create_app({**base_config(redis_url, tmp_path, fake_twilio.url), "LANGUAGES": "en"})
    phone = Phone(app.test_client(), NUMBER)
    replies = " ".join(phone.send("un hombre vende drogas en la esquina de la calle Cambria"))
    assert "anonymous" in replies
    assert " ".join(phone.send("ESPAÑOL"))   # not a switch here: an answer like any other
    assert app.extensions["tipline"].redis.get(keys.language(app.extensions["tipline"].identity.pseudonym(NUMBER))) \
        in (None, b"en")


@pytest.mark.parametrize("word", ["ESPAÑOL", "espanol", "Spanish", "en español"])
def test_a_switch_word_changes_language_and_repeats_the_question(make_phone, services, word):
    phone = make_phone(NUMBER)
    phone.send("Drug dealing from a flat above the chip shop")
    replies = phone.send(word)
    assert len(replies) == 1 and "le escribiremos en español" in replies[0] and "Donde fue?" in replies[0], replies
    assert stored(services, NUMBER) == "es"
    back = phone.send("ENGLISH")
    assert "we will text you in English" in back[0] and "Where was this?" in back[0]
    assert stored(services, NUMBER) == "en"


@pytest.mark.parametrize("text, language", [
    # found in the simulator: a Spanish tip full of English names was answered in English
    ("hola, un kia forte blanco me choco y se fue, tablilla RTK-88J o RTK-89J, en la john young pkwy hace 20 min", "es"),
    ("the guy from la bodega on 5th is selling again every night", "en"),
])
def test_a_mixed_text_goes_by_the_function_words_of_one_language(text, language):
    assert detect(text, ["en", "es"]) == language
