"""Message catalogs: every text the bot sends outside the tip flow, and the keywords
read, per language, as data (``bot/locales/<lang>.json``; the tip conversation's own
texts are in ``flows/tip.json`` and ``flows/tip.<lang>.json``).

Adding a language is adding ``bot/locales/<lang>.json`` and ``flows/tip.<lang>.json``
(and, for the extractor, ``nlp/data/<lang>/``) and naming it in ``LANGUAGES``: no code.
A text missing from a catalog falls back to the default language's, then English's, so a
half-done catalog never breaks a conversation; tests/messaging/test_catalogs.py fails on it.
"""
from __future__ import annotations

import functools
import json
import os
import re
import unicodedata

LOCALES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "locales")
BASE = "en"   # the catalog every other one is checked against, and the last fallback


# Three catalogs per language, one folder each, read the same way: the texts the bot sends and the
# keywords it reads (bot/locales/<lang>.json), the public web pages, emails and calls
# (bot/locales/web/<lang>.json) and the staff console (bot/locales/console/<lang>.json).
LANG_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def _shipped(folder: str) -> list[str]:
    """Every language with a catalog in ``folder``, BASE first."""
    found = sorted(name[:-5] for name in os.listdir(folder) if name.endswith(".json"))
    return sorted(found, key=lambda code: code != BASE)


@functools.lru_cache(maxsize=None)
def _load(folder: str, lang: str) -> dict:
    """The catalog of one language in ``folder``; {} if none is shipped (or ``lang`` is no code)."""
    path = os.path.join(folder, f"{lang}.json")
    if not LANG_CODE.fullmatch(lang or "") or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _text(folder: str, what: str, lang: str | None, name: str, default: str, values: dict, always_fill: bool) -> str:
    """Text ``name`` of the catalogs in ``folder``: in ``lang``, else ``default``, else English."""
    for code in (lang, default, BASE):
        found = _load(folder, code or BASE).get("texts", {}).get(name)
        if found is not None:
            return found.format(**values) if values or always_fill else found
    raise KeyError(f"no {what}{name!r} in any catalog")


def shipped() -> list[str]:
    """Every language with a catalog in bot/locales, BASE first."""
    return _shipped(LOCALES)


def load(lang: str) -> dict:
    """The catalog of one language (``texts``, ``keywords``, ``name``); {} if none is shipped."""
    return _load(LOCALES, lang)


def text(lang: str | None, name: str, default: str = BASE, /, **values) -> str:
    """Catalog text ``name`` in ``lang`` (else ``default``, else English), placeholders filled."""
    return _text(LOCALES, "text ", lang, name, default, values, always_fill=True)


def fold_word(word: str) -> str:
    """A keyword as compared: NFKC, upper case, accents dropped ("Español" -> "ESPANOL")."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", word).upper())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def keywords(kind: str, languages=None) -> set[str]:
    """The keywords of ``kind`` (``opt_out``, ``help`` ...) of the given languages (default:
    every shipped one), folded with ``fold_word``."""
    return {fold_word(w) for code in (languages or shipped())
            for w in load(code).get("keywords", {}).get(kind, [])}


def fillers(languages=None) -> set[str]:
    """Words that may stand around a STOP word and still leave an opt-out (lower case, no accents)."""
    return {fold_word(w).lower() for code in (languages or shipped())
            for w in load(code).get("keywords", {}).get("fillers", [])}


def revocations(languages=None) -> list[re.Pattern]:
    """Whole-text opt-out phrases, one pattern per language (read on text without accents)."""
    return [re.compile(load(code)["keywords"]["revocation"], re.I) for code in (languages or shipped())
            if load(code).get("keywords", {}).get("revocation")]


def switch_language(word: str, languages) -> str | None:
    """The configured language a switch keyword chooses ("ESPAÑOL" -> "es"), or None."""
    folded = fold_word(word)
    for code in languages:
        if folded in keywords("switch", [code]):
            return code
    return None


def configured(config: dict) -> list[str]:
    """``LANGUAGES`` as a list of shipped codes, the default language first."""
    default = config.get("DEFAULT_LANGUAGE") or BASE
    wanted = [c.strip().lower() for c in str(config.get("LANGUAGES") or default).split(",") if c.strip()]
    found = [c for c in dict.fromkeys([default, *wanted]) if load(c)]
    return found or [BASE]


def name_of(lang: str | None) -> str:
    """The language's own name ("Español"), or its code."""
    return load(lang or BASE).get("name") or str(lang)


# -- the web, email and voice wording (bot/locales/web/<lang>.json) ------------------------------
# The public sign-up and preferences pages, the confirmation email, the alert email's frame and
# the call's spoken frame, and the scheme and category names residents read: a catalog of its own
# per language (``texts``; ``schemes``: {KEYWORD: {name, description}}; ``categories``: {word:
# shown}; ``voice``: {name, language} for calls in that language). English's scheme names and
# categories are bot/alerts/schemes.json's own. Same fallback as ``text``: lang, default, English.
WEB_LOCALES = os.path.join(LOCALES, "web")


def web_shipped() -> list[str]:
    """Every language with a web catalog in bot/locales/web, BASE first."""
    return _shipped(WEB_LOCALES)


def load_web(lang: str) -> dict:
    """The web/email/voice catalog of one language; {} if none is shipped."""
    return _load(WEB_LOCALES, lang)


def web_text(lang: str | None, name: str, default: str = BASE, /, **values) -> str:
    """Web/email/voice text ``name`` in ``lang`` (else ``default``, else English), filled in."""
    return _text(WEB_LOCALES, "web text ", lang, name, default, values, always_fill=False)


def web_entry(lang: str | None, section: str, key: str, default: str = BASE):
    """One entry of a web catalog section (``schemes``, ``categories``, ``voice``) in ``lang``,
    else ``default``; None when neither has it (English scheme words are schemes.json's)."""
    for code in (lang, default):
        found = load_web(code or BASE).get(section, {}).get(key)
        if found is not None:
            return found
    return None


# -- errors whose message is a catalog text -------------------------------------------------------
class Said(ValueError):
    """An error whose message is catalog text ``name`` (bot/locales/<lang>.json): ``str(exc)`` is
    it in the language it was raised in (None: English, as before), ``exc.text(lang)`` in any
    other, so one error can be shown to an officer by SMS in theirs and in the console in the
    staff member's. A value that is itself a Said is said in the same language. ``Said("a
    sentence")`` (no name) is a ready message, shown as it is in every language."""

    def __init__(self, message: str = "", *, name: str | None = None, lang: str | None = None,
                 default: str = BASE, values: dict | None = None):
        self.name, self.lang, self.default, self.values = name, lang, default, dict(values or {})
        super().__init__(message if name is None else self.text(lang, default))

    @classmethod
    def of(cls, name: str, lang: str | None = None, default: str = BASE, /, **values):
        return cls(name=name, lang=lang, default=default, values=values)

    @classmethod
    def like(cls, other: Said | Exception, lang: str | None = None, default: str = BASE):
        """``other``'s message as this class, in ``lang`` (a plain exception's message as it is)."""
        if isinstance(other, Said) and other.name is not None:
            return cls(name=other.name, lang=lang, default=default, values=other.values)
        return cls(str(other))

    def text(self, lang: str | None = None, default: str = BASE) -> str:
        if self.name is None:
            return str(self.args[0]) if self.args else ""
        values = {k: v.text(lang, default) if isinstance(v, Said) else v for k, v in self.values.items()}
        return text(lang, self.name, default, **values)


def ordinal(lang: str | None, n: int, default: str = BASE) -> str:
    """"3rd" / "3": the catalog's ``ordinals`` ({"1": "{n}st", "11": "{n}th", "other": "{n}th"}):
    the entry for the last two digits, else the last digit, else ``other``."""
    for code in (lang, default, BASE):
        table = load(code or BASE).get("ordinals")
        if table:
            form = table.get(str(n % 100)) or table.get(str(n % 10)) or table.get("other") or "{n}"
            return form.format(n=n)
    return str(n)


def counted(lang: str | None, n: int, unit: str, default: str = BASE) -> str:
    """"1 segment" / "3 segments" in ``lang`` (texts ``alert_n_<unit>_one`` and ``alert_n_<unit>``)."""
    return text(lang, f"alert_n_{unit}_one" if n == 1 else f"alert_n_{unit}", default, n=n)


# -- the staff console's wording (bot/locales/console/<lang>.json) -------------------------------
# Every page, form, button, flash message and error of the staff web console (bot/console), per
# language (``texts``), read in the signed-in staff member's language (bot/console/i18n.py). Same
# fallback as ``text``: lang, default, English. The console CLI (bot/console/cli.py) stays English.
CONSOLE_LOCALES = os.path.join(LOCALES, "console")


def console_shipped() -> list[str]:
    """Every language with a console catalog in bot/locales/console, BASE first."""
    return _shipped(CONSOLE_LOCALES)


def load_console(lang: str) -> dict:
    """The console catalog of one language; {} if none is shipped."""
    return _load(CONSOLE_LOCALES, lang)


def console_text(lang: str | None, name: str, default: str = BASE, /, **values) -> str:
    """Console text ``name`` in ``lang`` (else ``default``, else English), filled in."""
    return _text(CONSOLE_LOCALES, "console text ", lang, name, default, values, always_fill=False)
