"""The bot's message catalogs (bot/locales/*.json): every language has every text and
keyword kind English has, with the same placeholders; every text is plain GSM-7 once
sent (gsm7_letters) and at most two segments with long names filled in.

GSM-7 and Spanish: é, ñ, ü (and à, è, ì, ò, ù, ¿, ¡) are GSM-7; á, í, ó, ú are not, and one of
them would make a whole text UCS-2 (70 characters a segment). The catalogs are written with
their accents; gsm7_letters sends á í ó ú without the accent, and the test below names, for each
text, the characters that would otherwise force UCS-2."""
from __future__ import annotations

import pytest

from bot.messaging import catalog
from bot.messaging.segments import count_segments, gsm7_letters, is_gsm7, ucs2_characters
from tests.messaging.catalog_checks import check_same_texts

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
        "detail": "HTTP 503 error 20003",
        # the alert composer's lines and errors, and the postcode/radius/area ones (alert_*, geo_*, tgt_*)
        "zip": "10001", "postcode": "BA3 5QE", "radius": "12.5km", "category": "x" * 20, "over": "1234",
        "hours": "12", "cap": "£1,234.56", "encoding": "Unicode", "next": "12th", "total": "12345 segments",
        "left": "123", "per": "67", "gsm": "153", "without": "12 segments", "used": "1234", "fixed": "123",
        "special": "12 special characters", "people": "about 12345 recipients",
        "first": "ALERTS DROP #construction", "second": "ALERTS ADD #agriculture",
        # the alert moves' refusals and draft errors (alert_refused_*, alert_err_*; lifecycle.py)
        "verb": "enviar a aprobacion", "min": "1000", "max": "1000", "error": "x" * 120}
RESERVED = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "START", "YES", "UNSTOP", "HELP", "INFO"}
OTHERS = [code for code in catalog.shipped() if code != catalog.BASE]



def test_spanish_is_shipped_and_english_is_the_base():
    assert catalog.shipped()[0] == "en" and "es" in catalog.shipped()


def test_which_spanish_letters_are_gsm7():
    assert is_gsm7("éñü¿¡ÉÑÜ") and not any(is_gsm7(ch) for ch in "áíóúÁÍÓÚ")
    assert gsm7_letters("¿Dónde está? línea anónima, Ú") == "¿Donde esta? linea anonima, U"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_text_and_keyword_kind_is_in_the_catalog(lang):
    base, other = catalog.load("en"), catalog.load(lang)
    check_same_texts(base, other, lang, "catalog")
    kinds = {k for k in base["keywords"] if not k.startswith("_")}
    assert kinds <= set(other["keywords"]), f"{lang} misses keyword kinds {sorted(kinds - set(other['keywords']))}"


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
        # nor its subscription words (UNIRSE, SALIR, MIS ALERTAS, ALERTAS AGREGAR/QUITAR, TODO), one word each
        # (MISALERTAS: the two words read together)
        subscription = [w for kind in ("join", "leave", "my_alerts", "alerts", "add", "drop", "all")
                        for w in kw.get(kind, [])]
        assert all(catalog.fold_word(w).isalpha() for w in subscription), subscription
        assert not {catalog.fold_word(w) for w in subscription} & RESERVED
        if lang == "es":
            assert {"ALERTAS", "AGREGAR", "QUITAR", "TODO"} <= {catalog.fold_word(w) for w in subscription}


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


# -- the web, email and voice catalogs (bot/locales/web/<lang>.json) -----------------------------
WEB_OTHERS = [code for code in catalog.web_shipped() if code != catalog.BASE]


def test_every_sms_language_has_a_web_catalog():
    assert catalog.web_shipped()[0] == "en" and set(catalog.shipped()) <= set(catalog.web_shipped())


@pytest.mark.parametrize("lang", WEB_OTHERS)
def test_every_web_text_scheme_and_category_is_in_the_web_catalog(lang):
    """A missing page, email or call text in a shipped language fails here, as an SMS one does
    above; so does a scheme or category with no name in it, and a call voice."""
    from bot.alerts import schemes

    base, other = catalog.load_web("en"), catalog.load_web(lang)
    check_same_texts(base, other, lang, "web catalog", drops=other.get("_drops", {}))
    assert other.get("name") == catalog.name_of(lang)
    for scheme in schemes.all_schemes():
        entry = other.get("schemes", {}).get(scheme.keyword) or {}
        assert entry.get("name") and entry.get("description"), f"{lang} has no name for {scheme.keyword}"
        for category in scheme.categories:
            assert other.get("categories", {}).get(category), f"{lang} has no word for category {category}"
    assert other.get("voice", {}).get("name") and other.get("voice", {}).get("language", "").startswith(lang)


def test_every_web_text_named_in_the_code_is_in_the_web_catalogs():
    """Each web text the pages, forms, emails and calls ask for by name (t('...'), i18n.t,
    web_text, the forms' labels and buttons) is in every shipped web catalog."""
    import pathlib
    import re

    from wtforms.fields.core import UnboundField

    from bot.public import forms

    root = pathlib.Path(catalog.LOCALES).parent
    files = [*root.joinpath("public", "templates").rglob("*.html"), *root.joinpath("alerts", "templates").rglob("*.*"),
             *root.joinpath("public").glob("*.py"), root / "alerts" / "channels.py", root / "alerts" / "channel_texts.py",
             root / "web" / "alerts_routes.py"]
    named = set()
    for path in files:
        code = path.read_text()
        named |= set(re.findall(r"""\bt\(\s*["']([a-z_0-9]+)["']\s*[,)]""", code))
        named |= set(re.findall(r"""(?:_t\(cfg, lang, |_say\(config, lang, |_say\(lang, |_say\(None, |web_text\([^,()]+, )"""
                                r"""["']([a-z_0-9]+)["']""", code))
    for kind in ("email", "voice", "sms"):
        named |= {f"kind_{kind}", f"confirmed_{kind}", f"row_{kind}", f"done_{kind if kind != 'email' else 'stop'}"}
    named |= {"choice_sms", "choice_voice", "quiet_none", "quiet_hold", "code_wrong", "code_expired", "code_void",
              "result_new_link", "result_new_code", "bad_link", "bad_link_cut", "bad_link_expired"}
    for form in (forms.JoinForm, forms.CodeForm, forms.ResendForm, forms.ConfirmForm, forms.PrefsForm,
                 forms.LeaveForm):
        for name, value in vars(form).items():
            if isinstance(value, UnboundField) and name not in ("submit", "contact", "action"):
                named.add(f"field_{name}")
        if "submit" in vars(form):
            named.add(form.SUBMIT)
    assert {"join_title", "field_phone", "submit_join", "email_why", "voice_keys", "confirm_email_asked"} <= named
    for lang in catalog.web_shipped():
        missing = sorted(n for n in named if n not in catalog.load_web(lang)["texts"])
        assert not missing, f"web catalog {lang} misses {missing}"


def test_english_web_texts_are_the_english_words_the_pages_always_had():
    assert catalog.web_text("en", "join_title") == "Sign up for community alerts"
    assert catalog.web_text("es", "join_title") == "Suscríbase a las alertas vecinales"
    assert catalog.web_text("xx", "join_title") == "Sign up for community alerts"    # unknown: English
    assert catalog.web_text("xx", "join_title", "es") == "Suscríbase a las alertas vecinales"   # else the default
    with pytest.raises(KeyError):
        catalog.web_text("es", "no_such_text")
