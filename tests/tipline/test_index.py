"""The tip search indexes (bot/tipline/index.py): written with the record in the same
transaction, removed with it, rebuilt equal by ``flask --app wsgi tips reindex``, and the
queries the inbox, search and related tips make of them."""
from __future__ import annotations

import re
import time

import pytest

from bot.governance import erasure
from bot.store import keys
from bot.tipline import case_state, index, index_search, index_terms, related_tips, retention, tips
from tests.helpers import TIPSTER

NOW = time.time()


@pytest.fixture()
def put(redis):
    """``put(tip_id, what=, where=, plates=, partials=, places=, phones=, urgent=, at=, case=)``:
    a tip written by ``tips.write_tip`` in one MULTI (as the inbound save does), then case fields.
    ``phones`` are typed into the text (the facts the flow keeps have none)."""
    def write(tip_id: str, *, what: str = "something happened", where: str = "", plates=(), partials=(),
              places=(), phones=(), urgent: bool = False, at: float | None = None, case: dict | None = None,
              started: float | None = None) -> str:
        now = NOW if at is None else at
        what += "".join(f", call {number}" for number in phones)     # phone numbers are read from the texts
        fields = {"what": what, **({"where": where} if where else {})}
        facts = {"plates": list(plates), "partial_plates": list(partials), "locations": list(places)}
        texts = list(fields.values())
        conv = {"tip_id": tip_id, "fields": fields, "facts": facts, "media": [], "texts": texts,
                "text_count": len(texts), "synced_texts": 0, "started_at": started or now - 60, "urgent": urgent,
                "urgent_reason": "weapon mentioned" if urgent else ""}
        pipe = redis.pipeline(transaction=True)
        tips.write_tip(pipe, conv, "p" * 32, partial=False, now=now)
        if case:
            pipe.hset(keys.tip(tip_id), mapping=case)
        pipe.execute()
        return tip_id
    return write


def ids(page) -> list[str]:
    return list(page.ids)


def everything(redis) -> dict:
    """Every index key and its content (scores included), for comparisons."""
    out = {}
    for name in sorted(index.index_keys(redis)):
        kind = redis.type(name).decode()
        if kind == "zset":
            out[name] = [(m.decode(), round(s, 3)) for m, s in redis.zrange(name, 0, -1, withscores=True)]
        elif kind == "set":
            out[name] = sorted(m.decode() for m in redis.smembers(name))
        elif kind == "hash":
            out[name] = sorted(k.decode() for k in redis.hkeys(name))
        elif kind == "stream":
            continue          # the arrivals log: what the live inbox read, not an index
        else:
            out[name] = kind
    return out


def mentions(redis, tip_id: str) -> list[str]:
    """Index keys that still name the tip."""
    found = []
    for name in index.index_keys(redis):
        if tip_id in name:
            found.append(name)
        elif redis.type(name) == b"zset" and redis.zscore(name, tip_id) is not None:
            found.append(name)
    return found


# -- terms ---------------------------------------------------------------------------------------
def test_words_places_phones_and_postcodes_normalise():
    assert index_terms.words("Dazza's at the Co-op, 8PM by the M5. Own number removed: [own number removed]") == \
        ["dazza", "coop", "8pm", "m5"]
    assert index_terms.words("07700900456 and 12 and 123456") == ["12", "123456"]
    assert index_terms.normalise_place("12 Brook Rd.") == "brook road"
    assert index_terms.normalise_place("The Co-op") == "co op"
    assert index_terms.normalise_place("Main St & Oak Ave") == "main street and oak avenue"
    assert index_terms.normalise_phone("+44 7700 900456") == index_terms.normalise_phone("07700 900456") == "7700900456"
    assert index_terms.postcode_of("outside 3 Castle St bs1 4dj") == "BS1 4DJ"
    assert index_terms.postcode_of("10001") == "10001" and index_terms.postcode_of("house 10001 on Main") is None


def test_a_tip_is_indexed_in_the_transaction_that_writes_it_and_a_correction_replaces_its_facts(redis, put):
    put("T-2AAA", what="grey Honda reg AB12 CDE at the Co-op", plates=["AB12 CDE"], places=["Co-op"],
        phones=["07700 900456"], urgent=True)
    terms = index.terms(redis, "T-2AAA")
    assert {"p:AB12CDE", "l:co op", "n:7700900456", "u", "w:honda", "w:grey"} <= set(terms)
    assert redis.zscore(keys.TIPS_RECEIVED, "T-2AAA") == pytest.approx(NOW)
    assert float(redis.hget(keys.tip("T-2AAA"), "filed_at")) == pytest.approx(NOW)
    assert redis.zrangebylex(keys.TIP_PLATES_LEX, "-", "+") == [b"AB12CDE"]
    assert redis.xlen(keys.TIP_ARRIVALS) == 1
    # The tipster corrects the plate (BACK): the old plate leaves every index; words and phone
    # numbers stay (they are on the thread).
    put("T-2AAA", what="sorry it was AB12 CDF", plates=["AB12CDF"], places=["Co-op"], at=NOW + 60)
    terms = set(index.terms(redis, "T-2AAA"))
    assert "p:AB12CDF" in terms and "p:AB12CDE" not in terms and "u" not in terms
    assert {"w:honda", "w:sorry", "n:7700900456"} <= terms
    assert not redis.exists(keys.tip_index("p:AB12CDE"))
    assert redis.zrangebylex(keys.TIP_PLATES_LEX, "-", "+") == [b"AB12CDF"]
    assert redis.zscore(keys.TIPS_RECEIVED, "T-2AAA") == pytest.approx(NOW), "received when first written"
    assert redis.xlen(keys.TIP_ARRIVALS) == 1, "an update is not a new arrival"


def test_the_tipster_s_words_on_the_thread_are_indexed_and_officers_words_are_not(redis, put):
    put("T-2AAB", what="dealing by the park")
    pipe = redis.pipeline(transaction=True)
    tips.append_to_thread(pipe, "T-2AAB", "tipster", "it was a blue Transit, his mate is on 0117 496 0123", NOW + 5)
    tips.append_to_thread(pipe, "T-2AAB", "officer PC Jones", "Thanks, which pub? Call 0117 496 0999", NOW + 6)
    pipe.execute()
    terms = set(index.terms(redis, "T-2AAB"))
    assert {"w:blue", "w:transit", "w:dealing", "n:1174960123"} <= terms
    assert "w:pub" not in terms and "n:1174960999" not in terms
    assert ids(index_search.search(redis, index_search.Query(words=("transit",)))) == ["T-2AAB"]


def test_the_tipster_s_own_number_is_never_a_phone_term(services, redis, phone):
    phone.send("Lads dealing outside the Spar, call Dazza on 07700 900456, or me on 07700 900123")
    phone.send("SEND")
    tip_id = redis.zrange(keys.TIPS_RECEIVED, 0, -1)[0].decode()
    terms = index.terms(redis, tip_id)
    assert [t for t in terms if t.startswith("n:")] == ["n:7700900456"]
    digits = "".join(ch for ch in TIPSTER if ch.isdigit())
    assert not any(digits[-9:] in t for t in terms), terms


# -- plates ------------------------------------------------------------------------------------
def test_plate_search_is_exact_after_normalisation(redis, put):
    put("T-3AAA", plates=["AB12CDE"], at=NOW - 30)
    put("T-3AAB", plates=["AB12CDF"], at=NOW - 20)
    put("T-3AAC", partials=["AB12"], at=NOW - 10)
    for typed in ("ab12 cde", "AB12CDE", " ab-12 c de "):
        plate = index_terms.normalise_plate(typed)
        assert ids(index_search.search(redis, index_search.Query(plate=plate))) == ["T-3AAA"], typed
    assert ids(index_search.search(redis, index_search.Query(plate="AB12"))) == ["T-3AAC"], "a fragment is exact too"
    assert ids(index_search.search(redis, index_search.Query(plate="ZZ99ZZZ"))) == []


def test_partial_plates_consistent_with_a_plate(redis, put):
    put("T-4AAA", plates=["AB12CDE"], at=NOW - 50)
    put("T-4AAB", partials=["AB12"], at=NOW - 40)
    put("T-4AAC", partials=["CDE"], at=NOW - 30)
    put("T-4AAD", partials=["XY9"], at=NOW - 20)
    put("T-4AAE", plates=["ZZ99ABC"], at=NOW - 10)
    put("T-4AAF", plates=["KAB12CD"], at=NOW - 5)
    found = ids(index_search.search(redis, index_search.Query(plate="AB12CDE", partial=True)))
    assert found == ["T-4AAC", "T-4AAB", "T-4AAA"]
    found = ids(index_search.search(redis, index_search.Query(plate="AB12", partial=True)))
    assert found == ["T-4AAF", "T-4AAB", "T-4AAA"], "plates that start with, end with or hold it"
    relations, total = related_tips.related(redis, "T-4AAA")
    why = {r.tip_id: r.reasons for r in relations}
    assert why == {"T-4AAB": ["partial plate AB12 fits AB12CDE"], "T-4AAC": ["partial plate CDE fits AB12CDE"]}
    assert total == 2
    why = {r.tip_id: r.reasons for r in related_tips.related(redis, "T-4AAB")[0]}
    assert why["T-4AAA"] == ["plate AB12CDE fits partial plate AB12"]
    assert why["T-4AAF"] == ["plate KAB12CD fits partial plate AB12"]
    assert "T-4AAD" not in why and "T-4AAE" not in why


# -- related tips --------------------------------------------------------------------------------
def test_related_tips_by_plate_place_postcode_distance_and_phone_with_reasons(redis, put):
    put("T-5AAA", plates=["HVM2207"], places=["Market St", "BS1 4DJ"], phones=["07700 900456"], at=NOW - 60)
    put("T-5AAB", plates=["HVM2207"], at=NOW - 50)
    put("T-5AAC", places=["market street"], at=NOW - 40)
    put("T-5AAD", places=["BS1 4DJ"], at=NOW - 30)
    put("T-5AAE", places=["BS1 4QA"], at=NOW - 20)          # about 220 m from BS1 4DJ
    put("T-5AAF", places=["BS8 1TH"], at=NOW - 15)          # about 930 m away: not related
    put("T-5AAG", phones=["+44 7700 900456"], at=NOW - 10)
    put("T-5AAH", what="nothing in common", at=NOW - 5)
    relations, total = related_tips.related(redis, "T-5AAA")
    why = {r.tip_id: r.reasons for r in relations}
    assert why["T-5AAB"] == ["same plate HVM2207"]
    assert why["T-5AAC"] == ["same place: Market Street"]
    assert why["T-5AAD"] == ["same postcode BS1 4DJ"]
    assert len(why["T-5AAE"]) == 1 and re.fullmatch(r"about 2\d0 m away \(BS1 4QA\)", why["T-5AAE"][0])
    assert why["T-5AAG"] == ["same phone number in the text (ending 0456)"]
    assert "T-5AAF" not in why and "T-5AAH" not in why and "T-5AAA" not in why
    assert total == 5
    assert relations[0].tip_id == "T-5AAB", "a shared plate is the strongest link"


# -- deletion ----------------------------------------------------------------------------------
def test_a_tip_deleted_by_retention_leaves_every_index(redis, put):
    put("T-6AAA", plates=["AB12CDE"], partials=["XY"], places=["BS1 4DJ", "Spar"], phones=["07700 900456"],
        urgent=True)
    put("T-6AAB", plates=["AB12CDE"])
    assert mentions(redis, "T-6AAA")
    retention.remove_tip(redis, "T-6AAA", lambda pipe: "gone", lambda pipe, outcome: None)
    assert not redis.exists(keys.tip("T-6AAA"))
    assert mentions(redis, "T-6AAA") == []
    assert redis.zrangebylex(keys.TIP_PARTIALS_LEX, "-", "+") == [], "no tip has the partial plate any more"
    assert redis.zrangebylex(keys.TIP_PLATES_LEX, "-", "+") == [b"AB12CDE"], "T-6AAB still has it"
    assert ids(index_search.search(redis, index_search.Query(plate="AB12CDE"))) == ["T-6AAB"]


def test_an_erased_tip_leaves_every_index(services, redis, phone):
    phone.send("Two lads dealing from a white van reg AB12 CDE outside the Spar BS1 4DJ")
    phone.send("SEND")
    tip_id = redis.zrange(keys.TIPS_RECEIVED, 0, -1)[0].decode()
    assert index.terms(redis, tip_id)
    erasure.erase_tip(services, tip_id, reason="court order 123", by="Admin A")
    assert mentions(redis, tip_id) == []
    assert redis.zcard(keys.TIP_PLATES_LEX) == 0 and redis.zcard(keys.TIP_GEO) == 0


# -- reindex -----------------------------------------------------------------------------------
def test_the_reindex_cli_rebuilds_indexes_equal_to_those_written_with_the_tips(app, services, redis, make_phone, put):
    first = make_phone("+447700900111")
    first.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street BS1 4DJ")
    first.send("SEND")
    first.send(f"{redis.zrange(keys.TIPS_RECEIVED, 0, -1)[0].decode()} they came back in a blue transit")
    second = make_phone("+447700900222")
    second.send("plate started HVM something, selling weed by the park, call Dazza 07700 900456")
    second.send("SEND")
    put("T-7AAA", plates=["AB12CDE"], partials=["KN"], places=["BS1 4QA", "Spar"], urgent=True)
    built = everything(redis)
    assert any(name.startswith(keys.tip_index("w:")) for name in built)
    for name in list(index.index_keys(redis)):
        redis.delete(name)
    assert everything(redis) == {}
    out = app.test_cli_runner().invoke(args=["tips", "reindex"])
    assert out.exit_code == 0, out.output
    assert "Reindexed 3 tips" in out.output
    assert everything(redis) == built


def test_reindex_drops_entries_of_tips_deleted_without_forgetting_them(app, redis, put):
    put("T-7AAB", plates=["AB12CDE"], places=["Spar"])
    pipe = redis.pipeline(transaction=True)
    pipe.delete(keys.tip("T-7AAB"), keys.tip_thread("T-7AAB"))       # as code from before the indexes did
    pipe.zrem(keys.TIPS_BY_TIME, "T-7AAB")
    pipe.execute()
    assert mentions(redis, "T-7AAB")
    result = index.reindex(redis)
    assert result.tips == 0 and result.stale_entries >= 2
    assert mentions(redis, "T-7AAB") == []
    assert redis.zcard(keys.TIP_PLATES_LEX) == 0


# -- queries -------------------------------------------------------------------------------------
def test_case_filters_follow_workflow_state_of(redis, put):
    cases = {
        "T-8AAA": {},                                                   # new
        "T-8AAB": {"claimed_by": "officerA", "claimed_name": "PC A"},  # claimed
        "T-8AAC": {"claimed_by": "officerB", "claimed_name": "PC B"},
        "T-8AAD": {"status": "closed", "claimed_by": "officerA", "outcome": "arrest"},
        "T-8AAE": {"status": "closed"},                                 # closed without a claim
        "T-8AAF": {"claimed_by": ""},                                   # an empty claim is no claim
    }
    for n, (tip_id, case) in enumerate(cases.items()):
        put(tip_id, at=NOW - 100 + n, case=case)
    state = {t: case_state.state_of({"status": c.get("status", "open"), **c}) for t, c in cases.items()}
    newest_first = sorted(cases, reverse=True)
    for wanted in index_search.STATES:
        got = ids(index_search.search(redis, index_search.Query(states=frozenset({wanted}))))
        assert got == [t for t in newest_first if state[t] == wanted], wanted
    assert ids(index_search.search(redis, index_search.Query(claimed_by=frozenset({"officerA"})))) == ["T-8AAD", "T-8AAB"]
    assert ids(index_search.search(redis, index_search.Query(unassigned=True))) == ["T-8AAF", "T-8AAE", "T-8AAA"]
    assert ids(index_search.search(redis, index_search.Query(unassigned=True, states=frozenset({"new"})))) == ["T-8AAF", "T-8AAA"]


def test_words_urgent_and_dates_combine(redis, put):
    day = 86400
    put("T-9AAA", what="knife seen near the school", urgent=True, at=NOW - 3 * day)
    put("T-9AAB", what="knife in a bag at the station", at=NOW - 2 * day)
    put("T-9AAC", what="bikes stolen at the station", urgent=True, at=NOW - day)
    assert ids(index_search.search(redis, index_search.Query(words=("knife",)))) == ["T-9AAB", "T-9AAA"]
    assert ids(index_search.search(redis, index_search.Query(words=("knife", "station")))) == ["T-9AAB"]
    assert ids(index_search.search(redis, index_search.Query(urgent=True))) == ["T-9AAC", "T-9AAA"]
    assert ids(index_search.search(redis, index_search.Query(words=("station",), urgent=True))) == ["T-9AAC"]
    assert ids(index_search.search(redis, index_search.Query(since=NOW - 2.5 * day, until=NOW - 0.5 * day))) == ["T-9AAC", "T-9AAB"]
    assert ids(index_search.search(redis, index_search.Query(words=("nosuchword",)))) == []


def test_common_words_lose_their_key_and_are_still_found(redis, put, monkeypatch):
    monkeypatch.setattr(index, "COMMON_FLOOR", 3)
    monkeypatch.setattr(index, "COMMON_SHARE", 0.0)
    for n in range(6):
        put(f"T-AAA{n + 2}", what=f"dealing again {'knife' if n % 2 else 'bikes'}", at=NOW - 100 + n)
    assert not redis.exists(keys.tip_index("w:dealing"))
    assert redis.sismember(keys.TIP_COMMON, "w:dealing")
    assert redis.exists(keys.tip_index("w:knife"))
    assert ids(index_search.search(redis, index_search.Query(words=("dealing",)))) == [f"T-AAA{n + 2}" for n in range(5, -1, -1)]
    assert ids(index_search.search(redis, index_search.Query(words=("dealing", "knife")))) == ["T-AAA7", "T-AAA5", "T-AAA3"]


def test_pages_cover_every_tip_once_in_order_even_with_equal_times(redis, put):
    expected = []
    for n in range(130):
        tip_id = f"T-B{n:03d}"
        put(tip_id, at=NOW - 1000 + n // 3, case={"claimed_by": "x"} if n % 2 else None)  # three tips a second
        expected.append((NOW - 1000 + n // 3, tip_id))
    expected = [t for _, t in sorted(expected, reverse=True)]
    for query, want in ((index_search.Query(), expected),
                        (index_search.Query(states=frozenset({"claimed"})), [t for t in expected if int(t[3:]) % 2])):
        seen, cursor = [], None
        while True:
            page = index_search.search(redis, query, limit=20, cursor=cursor)
            seen += page.ids
            cursor = page.older
            if not cursor:
                break
        assert seen == want


def test_a_search_that_runs_out_of_budget_says_how_far_it_looked_and_goes_on(redis, put):
    for n in range(300):
        put(f"T-C{n:03d}", at=NOW - 1000 + n, case={"claimed_by": "me" if n < 3 else "other"})
    query = index_search.Query(claimed_by=frozenset({"me"}))
    page = index_search.search(redis, query, limit=50, budget=100)
    assert page.ids == [] and page.stopped_at is not None and page.older
    found, cursor, calls = [], page.older, 1
    while cursor:
        page = index_search.search(redis, query, limit=50, cursor=cursor, budget=100)
        found += page.ids
        cursor, calls = page.older, calls + 1
    assert found == ["T-C002", "T-C001", "T-C000"] and calls == 3


def test_arrivals_are_the_tips_first_written_since_the_cursor_that_match(redis, put):
    put("T-DAAA", what="old news")
    cursor = index_search.arrivals_cursor(redis)
    assert index_search.arrived(redis, index_search.Query(), cursor).ids == []
    put("T-DAAB", what="knife at the station", at=NOW - 3600)     # an older clock: still an arrival
    put("T-DAAC", what="bikes stolen", at=NOW + 5)
    put("T-DAAA", what="old news, corrected", at=NOW + 6)         # an update, not an arrival
    got = index_search.arrived(redis, index_search.Query(), cursor)
    assert got.ids == ["T-DAAC", "T-DAAB"] and not got.overflow
    assert index_search.arrived(redis, index_search.Query(words=("knife",)), cursor).ids == ["T-DAAB"]
    assert index_search.arrived(redis, index_search.Query(), got.cursor).ids == []
    assert index_search.arrived(redis, index_search.Query(), "not-a-cursor").ids == []


def test_tally_counts_states_and_urgent_open_tips(redis, put):
    put("T-EAAA", urgent=True)
    put("T-EAAB", urgent=True, case={"status": "closed"})
    put("T-EAAC", case={"claimed_by": "x"})
    put("T-EAAD")
    assert index_search.tally(redis) == {"new": 2, "claimed": 1, "closed": 1, "urgent_open": 1}
