"""The bot's message catalogs (bot/locales/*.json): every language has every text and
keyword kind English has, with the same placeholders; every text is plain GSM-7 once
sent (gsm7_letters) and at most two segments with long names filled in.

GSM-7 and Spanish: é, ñ, ü (and à, è, ì, ò, ù, ¿, ¡) are GSM-7; á, í, ó, ú are not, and one of
them would make a whole text UCS-2 (70 characters a segment). The catalogs are written with
their accents; gsm7_letters sends á í ó ú without the accent, and the test below names, for each
text, the characters that would otherwise force UCS-2."""
from __future__ import annotations

import string

import pytest

from bot.messaging import catalog
from bot.messaging.segments import count_segments, gsm7_letters, is_gsm7, ucs2_characters

LONG = {"programme": "Avon and Somerset Police Tip Line", "force": "Avon and Somerset Constabulary",
        "emergency": "999", "non_emergency": "101", "tip_id": "T-7K2QAB", "text": "x" * 20,
        "listing": "x" * 20, "language": "Español", "code": "es", "n": "12", "count": "10",
        # the community alert texts (alert_*, sub_*)
        "scheme": "Business Watch", "keyword": "BUSINESSWATCH", "head": "Business Watch alert",
        "contact": "x" * 60, "leave": "x" * 50, "incident": "ASP-20261130-0001",
        "menu": "x" * 60, "word": "sectors", "choices": "x" * 30, "area": "BA3 5QE", "reason": "x" * 40,
        "picked": " (retail)", "where": "for alerts near BA3 5QE", "description": "x" * 40,
        "frequency": "x" * 20, "joined": "x" * 40, "names": "Business Watch", 
        "how": "x" * 30, "examples": "x" * 30, "url": "https://tips.example.test/alerts/my/" + "x" * 40,
        "days": "30", "action": "DROP", "minutes": "10",
        # the officer texts (officer_*, relay_*, wf_*, alert_cmd_*, duty_*, tip_*, usage_*, help_*)
        "prefix": "Unknown command ABCDEFGHIJKL.", "duration": "16 hours",
        "usage": "R <tip> <message>", "example": "CLOSE T-7K2Q", "either": "T-7K2QAB or T-7K2QAC or T-7K2QAD",
        "name": "Sgt Alexandra Fitzgerald-Smith (PS12345)", "by": "Sgt Alexandra Fitzgerald-Smith (PS12345)",
        "previous": "Sgt Alexandra Fitzgerald-Smith (PS12345)", "badge": "ABCDEFGHIJKL",
        "result": "x" * 100, "shown": " ABCDEFGHIJKL", "codes": "ARREST, CHARGE, RECOVERED, INTEL, NFA, UNFOUNDED, DUP <tip>",
        "other": "T-7K2QAB", "outcome": "Duplicate of another tip", "label": "Duplicate of T-7K2QAB",
        "state": "x" * 60, "limit": "1600", "room": "1500", "body": "x" * 100, "why": "x" * 60,
        "place": "x" * 60, "plate": "AB12CDE", "age": "12d", "languages": "EN (English), ES (Español)",
        "alert_id": "A-1234", "confirm": "CONFIRM", "reasons": "x" * 100, "recipients": "12345 recipients",
        "segments": "12345 segments", "money": "£1,234.56", "cats": " #x #y", "nobody": "x" * 60,
        "queued": "12345", "sent": "12345", "delivered": "12345", "failed": "12345", "skipped": "12345",
        "halted": "12345", "gone": "12345 texts", "words": "x" * 40, "tries": "after 10 attempts",
        "detail": "HTTP 503 error 20003"}
RESERVED = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "START", "YES", "UNSTOP", "HELP", "INFO"}
OTHERS = [code for code in catalog.shipped() if code != catalog.BASE]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_spanish_is_shipped_and_english_is_the_base():
    assert catalog.shipped()[0] == "en" and "es" in catalog.shipped()


def test_which_spanish_letters_are_gsm7():
    assert is_gsm7("éñü¿¡ÉÑÜ") and not any(is_gsm7(ch) for ch in "áíóúÁÍÓÚ")
    assert gsm7_letters("¿Dónde está? línea anónima, Ú") == "¿Donde esta? linea anonima, U"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_text_and_keyword_kind_is_in_the_catalog(lang):
    base, other = catalog.load("en"), catalog.load(lang)
    missing = set(base["texts"]) - set(other.get("texts", {}))
    assert not missing, f"{lang} catalog misses texts: {sorted(missing)}"
    extra = set(other["texts"]) - set(base["texts"])
    assert not extra, f"{lang} catalog has texts English does not: {sorted(extra)}"
    for name, text in base["texts"].items():
        assert placeholders(other["texts"][name]) == placeholders(text), f"{lang}:{name} placeholders differ"
    kinds = {k for k in base["keywords"] if not k.startswith("_")}
    assert kinds <= set(other["keywords"]), f"{lang} misses keyword kinds {sorted(kinds - set(other['keywords']))}"
    assert other.get("name") and other.get("language") == lang


@pytest.mark.parametrize("lang", catalog.shipped())
def test_every_text_is_gsm7_once_sent_and_two_segments_at_most(lang):
    report = {}
    for name, text in catalog.load(lang)["texts"].items():
        filled = text.format(**LONG)
        sent = gsm7_letters(filled)
        assert sent.count("?") == filled.count("?"), f"{lang}:{name}: a character became '?': {sent!r}"
        assert count_segments(sent) <= 2, f"{lang}:{name}: {count_segments(sent)} segments: {sent!r}"
        report[name] = ucs2_characters(filled)
    if lang == "en":
        assert not any(report.values()), report
    if lang == "es":
        # Only the acute vowels force UCS-2 in the Spanish texts, and gsm7_letters takes them off.
        assert set("".join(report.values())) <= set("áíóúÁÍÓÚ"), report
        assert report["help"] == "íó"   # "envíenos", "anónima"
        assert report["sms_only"] and "í" in report["sms_only"]   # "línea", "número"


@pytest.mark.parametrize("lang", catalog.shipped())
def test_keywords_are_single_words_and_no_twilio_word_is_taken_for_another_meaning(lang):
    kw = catalog.load(lang)["keywords"]
    for kind in ("opt_out", "opt_in", "help", "switch", "opt_in_if_out", "stop_words"):
        for word in kw[kind]:
            assert catalog.fold_word(word).isalpha(), (lang, kind, word)
    if lang != "en":
        # Another language's switch and help words are never Twilio's reserved words.
        assert not {catalog.fold_word(w) for w in kw["switch"] + kw["help"]} & RESERVED


def test_a_missing_text_falls_back_to_the_default_then_english():
    assert catalog.text("xx", "opted_in", programme="P") == catalog.text("en", "opted_in", programme="P")
    assert catalog.text("es", "opted_in", programme="P").startswith("Bienvenido")
    with pytest.raises(KeyError):
        catalog.text("es", "no_such_text")


def test_the_switch_words_choose_only_configured_languages():
    assert catalog.switch_language("Español", ["en", "es"]) == "es"
    assert catalog.switch_language("ESPANOL", ["en", "es"]) == "es"
    assert catalog.switch_language("spanish", ["en"]) is None
    assert catalog.switch_language("ENGLISH", ["en", "es"]) == "en"
    assert catalog.configured({"LANGUAGES": "en,es,zz", "DEFAULT_LANGUAGE": "es"}) == ["es", "en"]


def test_every_alert_text_named_in_the_code_is_in_the_catalogs():
    """The community alert texts (bot/alerts: sub_*, alert_*; the sign-up code) are catalog
    texts: each name the code asks for is in every shipped catalog."""
    import pathlib
    import re

    root = pathlib.Path(catalog.LOCALES).parent
    named = set()
    for path in [*root.joinpath("alerts").glob("*.py"), root / "public" / "signup.py"]:
        code = path.read_text()
        named |= set(re.findall(r'(?:_t\(turn, |_say\(cfg, lang, |catalog\.text\(lang, )"([a-z_]+)"', code))
        named |= set(re.findall(r'"(sub_[a-z_]+)"', code))     # chosen by a conditional: "sub_updated" if ...
    assert {"sub_joined", "sub_left", "sub_my_alerts", "alert_leave_scheme", "verify_code"} <= named
    for lang in catalog.shipped():
        missing = sorted(n for n in named if n not in catalog.load(lang)["texts"])
        assert not missing, f"{lang} misses {missing}"
