"""Key formats live in bot.store.keys: every parser reads back what its builder
wrote, rejects what it did not write, and keys used together share a hash slot."""
from __future__ import annotations

import pytest
from redis.crc import key_slot

from bot.store import keys

PSEUDONYM = "0f" * 16
OTHER = "a1" * 16


@pytest.mark.parametrize("dedupe_key", [
    keys.alert_send("A-12", PSEUDONYM),
    keys.relay_send("T-7K2Q", 3),
    keys.forward_send("T-7K2Q", 2, PSEUDONYM),
    keys.duty_send("urgent", "T-7K2Q", PSEUDONYM, "SM" + "cd" * 16),
])
def test_outbound_key_gives_back_its_dedupe_key(dedupe_key):
    assert keys.outbound_dedupe_key(keys.outbound(dedupe_key)) == dedupe_key


@pytest.mark.parametrize("key", [
    keys.message_status("SM1"), keys.send_bucket("+447700900000"), keys.sealed_number(PSEUDONYM),
    "tl:out:{alert:A-1:p", "tl:outbox:local", "out:{x}",
])
def test_outbound_parser_refuses_other_keys(key):
    assert keys.outbound_dedupe_key(key) is None


def test_alert_send_parses_back_to_alert_and_recipient():
    assert keys.alert_send_parts(keys.alert_send("A-12", PSEUDONYM)) == ("A-12", PSEUDONYM)


@pytest.mark.parametrize("dedupe_key", [
    keys.relay_send("T-7K2Q", 1),
    keys.forward_send("T-7K2Q", 1, PSEUDONYM),
    keys.duty_send("filed", "T-7K2Q", PSEUDONYM),
    keys.duty_send("urgent", "T-7K2Q", PSEUDONYM, "SM" + "cd" * 16),
    "alert:A-12", "alert:A-12:p:extra",
])
def test_alert_send_parser_refuses_other_texts(dedupe_key):
    assert keys.alert_send_parts(dedupe_key) is None


def test_dedupe_keys_tell_texts_and_recipients_apart():
    made = [keys.relay_send("T-7K2Q", 1), keys.relay_send("T-7K2Q", 2), keys.relay_send("T-7K2R", 1),
            keys.forward_send("T-7K2Q", 1, PSEUDONYM), keys.forward_send("T-7K2Q", 1, OTHER),
            keys.duty_send("urgent", "T-7K2Q", PSEUDONYM), keys.duty_send("filed", "T-7K2Q", PSEUDONYM),
            keys.duty_send("urgent", "T-7K2Q", PSEUDONYM, "SM" + "01" * 16),
            keys.duty_send("urgent", "T-7K2Q", PSEUDONYM, "SM" + "02" * 16),
            keys.alert_send("A-1", PSEUDONYM), keys.alert_send("A-1", OTHER)]
    assert len(set(made)) == len(made)


def test_keys_of_one_operation_share_a_slot():
    per_phone = [keys.conversation(PSEUDONYM), keys.lock(PSEUDONYM), keys.reply_cache(PSEUDONYM, "SM1"),
                 keys.sealed_number(PSEUDONYM), keys.opt_out(PSEUDONYM), keys.number_pin(PSEUDONYM),
                 keys.pending_join(PSEUDONYM)]
    assert len({key_slot(k.encode()) for k in per_phone}) == 1
    per_tip = [keys.tip("T-7K2Q"), keys.tip_thread("T-7K2Q")]
    assert len({key_slot(k.encode()) for k in per_tip}) == 1
    # what GEOSEARCHSTORE / ZUNIONSTORE read and write in one command
    per_alert = [keys.scheme_geo("NHW", "*"), keys.scheme_area_wide("FARMWATCH", "rural"),
                 keys.alert_recipients("A-1"), keys.alert_scratch("A-1", 3)]
    assert len({key_slot(k.encode()) for k in per_alert}) == 1

