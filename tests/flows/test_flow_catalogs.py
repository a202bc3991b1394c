"""The tip conversation's catalogs (flows/tip.json for English, flows/tip.<lang>.json):
every language has every text, prompt and command help English has, with the same
placeholders, and every text fits two GSM-7 segments once sent (á í ó ú lose their
accent: see tests/messaging/test_catalogs.py)."""
from __future__ import annotations

import string

import pytest

from bot.messaging.segments import count_segments, gsm7_letters, ucs2_characters
from flows.engine import load_definition, load_engine, load_languages

DEFINITION = load_definition("tip")
LANGUAGES = load_languages("tip")
OTHERS = [code for code in LANGUAGES if code != "en"]
LONG = {"programme": "Avon and Somerset Police Tip Line", "emergency": "999", "tip_id": "T-7K2QAB",
        "facts": "plate HVM2207, at 8th and poplar", "summary": "x" * 170, "word": "x" * 20,
        "choices": "T-7K2Q, T-9XYZ or T-3ABC", "answer": "x" * 60, "options": "", "prompt": "",
        "command": "DELETE", "does": "x" * 20, "first": "SEND", "second": "SKIP", "first_does": "x" * 20,
        "second_does": "x" * 20, "plates": "HVR3321 or HVR3312"}
RESERVED = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "START", "YES", "UNSTOP", "HELP", "INFO"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_spanish_ships():
    assert "es" in OTHERS and "en" in LANGUAGES


@pytest.mark.parametrize("lang", OTHERS)
def test_the_catalog_has_every_text_prompt_and_command_help(lang):
    cat = LANGUAGES[lang]
    missing = set(DEFINITION["texts"]) - set(cat.get("texts", {}))
    assert not missing, f"flows/tip.{lang}.json misses texts: {sorted(missing)}"
    for name, text in DEFINITION["texts"].items():
        assert placeholders(cat["texts"][name]) == placeholders(text), f"{lang}:{name}"
    questions = {s["name"] for s in DEFINITION["states"] if s.get("prompt")}
    assert questions == set(cat["prompts"]), f"{lang} prompts: {sorted(questions ^ set(cat['prompts']))}"
    assert set(DEFINITION["command_help"]) == set(cat["command_help"])
    for key in ("option", "labels", "describe", "command_words"):
        assert set(LANGUAGES["en"][key]) == set(cat[key]) if isinstance(cat[key], dict) else cat[key], (lang, key)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_text_and_prompt_fits_two_gsm7_segments(lang):
    engine = load_engine()
    cat = engine.catalogs[lang]
    for name, text in {**cat["texts"], **cat["prompts"]}.items():
        filled = gsm7_letters(text.format(**LONG))
        assert count_segments(filled) <= 2, (lang, name, filled)
        assert filled.count("?") == text.format(**LONG).count("?"), (lang, name, "a letter became ?")
    if lang == "es":
        assert set(ucs2_characters("".join(cat["texts"].values()))) <= set("áíóúÁÍÓÚ")


@pytest.mark.parametrize("lang", OTHERS)
def test_command_words_are_commands_and_never_twilio_words(lang):
    engine = load_engine()
    for word, command in LANGUAGES[lang]["aliases"].items():
        assert command in DEFINITION["commands"], word
        assert engine.command_of(word) == command
        assert word.upper() not in RESERVED
    for command, word in LANGUAGES[lang]["command_words"].items():
        assert engine.command_of(word) == command, (command, word)


def test_a_spanish_conversation_reads_spanish_and_english_stays_as_it_was():
    engine = load_engine()
    conv = engine.new_conversation(1.0)
    es = engine.step(conv, "hola", [], {}, {"programme": "P", "emergency": "911", "lang": "es"}, now=2.0)
    assert es.lines == ["P: esta línea es anónima. En una emergencia llame al 911.",
                        "¿Qué pasó? Cuéntenos con sus propias palabras."]
    conv = engine.new_conversation(1.0)
    en = engine.step(conv, "hi", [], {}, {"programme": "P", "emergency": "911"}, now=2.0)
    assert en.lines == ["P: this line is anonymous. In an emergency call 911.", "What happened? Tell us in your own words."]
    assert engine.command_of("enviar") == "SEND" and engine.command_of("Atrás") == "BACK"
