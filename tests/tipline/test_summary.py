"""SHOW's text for an officer (bot.tipline.summary): how long ago the tip came in, and the facts."""
from __future__ import annotations

from bot.tipline.summary import summary

NOW = 1_800_000_000.0


def tip(**extra):
    return {"id": "T-XPFX", "status": "open", "urgent": "1", "urgent_reason": "break-in: breaking into",
            "filed_at": NOW - 20, "fields": {"what": "someone is breaking into cars on elm grove right now, 2 lads"},
            "facts": {"locations": ["elm grove"], "times": ["right now"], "people": ["2 lads", "red jacket"],
                      "phones": ["07700 900123"]}, **extra}


def test_a_tip_filed_seconds_ago_reads_just_now_in_each_language():
    assert "filed just now" in summary(tip(), NOW) and "ago" not in summary(tip(), NOW)
    assert "recibido ahora mismo" in summary(tip(), NOW, "es")
    assert "filed 5m ago" in summary(tip(filed_at=NOW - 300), NOW)


def test_people_are_among_the_facts_but_not_phone_numbers():
    text = summary(tip(), NOW)
    assert "People: 2 lads, red jacket" in text
    assert "07700" not in text
