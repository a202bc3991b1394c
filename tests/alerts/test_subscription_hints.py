"""Category suggestions a subscriber is given come from their own schemes, and work
when texted (issue 10: "ALERTS DROP #scam" was suggested to a Farm Watch member,
whose scheme has no #scam)."""
from __future__ import annotations

import re

import pytest

from bot.alerts import schemes

SUGGESTION = re.compile(r"ALERTS (DROP|ADD) #([a-z]+)")


def suggestions(text: str) -> list[tuple[str, str]]:
    return SUGGESTION.findall(text)


def test_a_farm_watch_member_is_offered_farm_categories(make_phone):
    phone = make_phone("+447700900301")
    phone.send("JOIN FARMWATCH BA3 5QE")
    [msg] = phone.send("MY ALERTS")
    assert "#scam" not in msg
    assert suggestions(msg) == [("DROP", "livestock")]           # every category is on: nothing to add
    assert "Done." in phone.send("ALERTS DROP #livestock")[0]
    [msg] = phone.send("MY ALERTS")
    assert ("ADD", "livestock") in suggestions(msg)
    assert phone.send("ALERTS DROP")[0] == "Text ALERTS DROP and a category, e.g. ALERTS DROP #machinery."
    assert phone.send("ALERTS ADD")[0] == "Text ALERTS ADD and a category, e.g. ALERTS ADD #livestock."


def test_one_category_and_nothing_to_add_gets_no_suggestion(make_phone):
    phone = make_phone("+447700900302")
    phone.send("JOIN SCHOOLWATCH BA3 5QE")
    [msg] = phone.send("MY ALERTS")
    assert suggestions(msg) == [] and msg.endswith("Text JOIN SCHOOLWATCH and a new postcode to move, LEAVE SCHOOLWATCH to leave.")


def test_a_drop_that_would_empty_another_scheme_is_not_suggested(make_phone):
    """ALERTS DROP #rural applies to every scheme with #rural: Horse Watch with only
    #rural would be left with none, so #rural is not offered."""
    phone = make_phone("+447700900303")
    phone.send("JOIN HORSEWATCH #rural BA3 5QE")
    phone.send("JOIN FARMWATCH BA3 5QE")
    [msg] = phone.send("MY ALERTS")
    found = suggestions(msg)
    assert ("DROP", "rural") not in found and ("DROP", "livestock") in found and ("ADD", "horse") in found


@pytest.mark.parametrize("keyword", [s.keyword for s in schemes.all_schemes()])
def test_every_suggestion_works_when_texted(make_phone, keyword):
    phone = make_phone("+447700900304")
    phone.send(f"JOIN {keyword} BA3 5QE")
    phone.send("JOIN NHW BA3 5QE")
    for _ in range(3):
        [msg] = phone.send("MY ALERTS")
        mine = {c for kw in (keyword, "NHW") for c in schemes.get(kw).categories}
        for verb, cat in suggestions(msg):
            assert cat in mine, msg
            assert phone.send(f"ALERTS {verb} #{cat}")[0].startswith("Done."), (verb, cat)
