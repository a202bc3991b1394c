"""The alert schemes, as data (bot/alerts/schemes.json): keywords, names,
descriptions and the categories (or business sectors) an alert can target."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.messaging import catalog

DATA = Path(__file__).with_name("schemes.json")
ANY = "*"   # the index of a scheme's subscribers regardless of category


@dataclass(frozen=True)
class Scheme:
    keyword: str
    name: str
    description: str
    categories: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    sectors: bool = False

    @property
    def category_word(self) -> str:
        return "sectors" if self.sectors else "categories"


@lru_cache(maxsize=1)
def all_schemes() -> tuple[Scheme, ...]:
    raw = json.loads(DATA.read_text())
    return tuple(Scheme(keyword=s["keyword"].upper(), name=s["name"], description=s["description"],
                        categories=tuple(c.lower() for c in s["categories"]),
                        aliases=tuple(a.upper() for a in s.get("aliases", ())),
                        sectors=bool(s.get("sectors"))) for s in raw["schemes"])


def _squash(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


@lru_cache(maxsize=1)
def _by_word() -> dict[str, Scheme]:
    table = {}
    for scheme in all_schemes():
        for word in (scheme.keyword, *scheme.aliases, _squash(scheme.name)):
            table[_squash(word)] = scheme
    return table


def find(word: str) -> Scheme | None:
    """'FARMWATCH', 'farm watch', 'Farm-Watch' -> Farm Watch."""
    return _by_word().get(_squash(word or ""))


def get(keyword: str) -> Scheme:
    return _by_word()[keyword]


def normalise_category(word: str) -> str:
    return re.sub(r"[^a-z]", "", (word or "").lower())


def menu() -> str:
    """The list of schemes, for replies to unknown names (plain GSM-7, short)."""
    return "Schemes: " + ", ".join(f"{s.keyword} ({s.name})" for s in all_schemes()) + "."


# -- in the resident's language (bot/locales/web/<lang>.json: schemes, categories) ------------
def name_in(scheme: Scheme, lang: str | None, default: str = catalog.BASE) -> str:
    """The scheme's name in ``lang`` (else ``default``'s, else schemes.json's): "Vigilancia Rural"."""
    return (catalog.web_entry(lang, "schemes", scheme.keyword, default) or {}).get("name") or scheme.name


def description_in(scheme: Scheme, lang: str | None, default: str = catalog.BASE) -> str:
    return (catalog.web_entry(lang, "schemes", scheme.keyword, default) or {}).get("description") \
        or scheme.description


def category_in(category: str, lang: str | None, default: str = catalog.BASE) -> str:
    """A category word as a resident reads it ("livestock" -> "ganado"); the word itself in English."""
    return catalog.web_entry(lang, "categories", category, default) or category
