"""The tip inbox (/console/tips): newest first, urgent tips marked in words, filters, plate
search exact after normalisation, pages, live arrivals (the htmx fragment) and related tips."""
from __future__ import annotations

import html
import re
import time

from bot.store import keys
from bot.tipline import index, summary

NOW = time.time()
DAY = 86400


def listed(page_html: str) -> list[str]:
    """Tip IDs in the table's rows, in order."""
    return re.findall(r'<tr id="tip-(T-[A-Z0-9]+)"', page_html)


def text(resp) -> str:
    assert resp.status_code == 200, resp.status_code
    return resp.get_data(as_text=True)


def live_url(page_html: str) -> str:
    return html.unescape(re.search(r'<div id="inbox-live" hx-get="([^"]+)"', page_html).group(1))


def test_the_inbox_lists_newest_first_with_urgent_tips_said_in_words(officer_client, put_tip):
    put_tip("T-2AAA", what="bikes stolen from the rack", places=["Station Road"], at=NOW - 3 * 3600)
    put_tip("T-2AAB", what="man with a knife by the school", urgent=True, places=["Elm Street"],
            plates=["AB12CDE"], at=NOW - 600)
    put_tip("T-2AAC", what="fly tipping again", at=NOW - 60, case={"claimed_by": "pc1", "claimed_name": "PC Jones"})
    page = text(officer_client.get("/console/tips"))
    assert listed(page) == ["T-2AAC", "T-2AAB", "T-2AAA"]
    row = re.search(r'<tr id="tip-T-2AAB".*?</tr>', page, re.S).group(0)
    assert 'class="tip-row urgent"' in row and ">Urgent</strong>" in row and "weapon mentioned" in row
    assert "AB12CDE" in row and "Elm Street" in row and "man with a knife by the school" in row
    assert 'href="/console/tips/T-2AAB"' in row
    assert f">{summary.age(time.time() - (NOW - 600))}</time>" in row
    assert "Claimed by PC Jones" in page and ">New<" in page
    assert "3 in all" in page


def test_filters_state_urgent_mine_unassigned_dates_and_words(signed_in, put_tip, redis):
    me = signed_in("officer")
    mine = f"staff:{me.login.id}"
    put_tip("T-3AAA", what="knife seen near the school", at=NOW - 5 * DAY, urgent=True)
    put_tip("T-3AAB", what="dealing at the station", at=NOW - 3 * DAY,
            case={"claimed_by": mine, "claimed_name": "Me"})
    put_tip("T-3AAC", what="knife in a bag at the station", at=NOW - 2 * DAY,
            case={"status": "closed", "claimed_by": "pc2", "outcome": "arrest"})
    put_tip("T-3AAD", what="dealing outside the Spar", at=NOW - DAY, urgent=True,
            case={"claimed_by": "pc2", "claimed_name": "PC Two"})

    def show(query: str) -> list[str]:
        return listed(text(me.get("/console/tips?" + query)))

    assert show("state=new") == ["T-3AAA"]
    assert show("state=claimed") == ["T-3AAD", "T-3AAB"]
    assert show("state=closed") == ["T-3AAC"]
    assert show("urgent=1") == ["T-3AAD", "T-3AAA"]
    assert show("mine=1") == ["T-3AAB"]
    assert show("unassigned=1") == ["T-3AAA"]
    assert show("q=knife") == ["T-3AAC", "T-3AAA"]
    assert show("q=Knife+STATION") == ["T-3AAC"]
    assert show("q=the+station") == ["T-3AAC", "T-3AAB"], "stop words are left out"
    assert show("q=dealing&urgent=1") == ["T-3AAD"]
    day = time.strftime("%Y-%m-%d", time.gmtime(NOW - 3 * DAY))
    assert show(f"from={day}&to={day}") == ["T-3AAB"]
    assert show(f"from={day}") == ["T-3AAD", "T-3AAC", "T-3AAB"]
    page = text(me.get("/console/tips?state=bogus&from=yesterday"))
    assert "Unknown state" in page and "must look like 2025-03-31" in page
    assert listed(page) == ["T-3AAD", "T-3AAC", "T-3AAB", "T-3AAA"]


def test_mine_is_the_officer_s_claims_for_an_account_linked_to_an_officer_phone(signed_in, put_tip, services):
    from tests.helpers import OFFICER

    me = signed_in("officer", officer_phone=OFFICER)
    pseudonym = services.identity.pseudonym(OFFICER)
    put_tip("T-3AAE", case={"claimed_by": pseudonym, "claimed_name": "PC Jones"})   # as CLAIM by text writes it
    put_tip("T-3AAF", case={"claimed_by": "someone-else"})
    assert listed(text(me.get("/console/tips?mine=1"))) == ["T-3AAE"]


def test_plate_search_is_exact_after_normalisation_and_partial_plates_on_request(officer_client, put_tip):
    put_tip("T-4AAA", plates=["AB12CDE"], at=NOW - 40)
    put_tip("T-4AAB", plates=["AB12CDF"], at=NOW - 30)
    put_tip("T-4AAC", partials=["AB12"], at=NOW - 20)
    put_tip("T-4AAD", what="nothing", at=NOW - 10)
    for typed in ("ab12+cde", "AB12CDE", "ab-12+c+de"):
        assert listed(text(officer_client.get(f"/console/tips?plate={typed}"))) == ["T-4AAA"], typed
    page = text(officer_client.get("/console/tips?plate=ab12+cde&partial=1"))
    assert listed(page) == ["T-4AAC", "T-4AAA"]
    assert "Plate AB12CDE and plates or partial plates that fit it" in page
    assert listed(text(officer_client.get("/console/tips?plate=AB12&partial=1"))) == ["T-4AAC", "T-4AAB", "T-4AAA"]
    assert listed(text(officer_client.get("/console/tips?plate=ZZ99ZZZ"))) == []


def test_pages_go_back_in_time_without_repeating_a_tip(officer_client, put_tip):
    for n in range(120):
        put_tip(f"T-5{n:03d}", at=NOW - 1000 + n)
    page = text(officer_client.get("/console/tips"))
    first = listed(page)
    assert len(first) == 50 and first[0] == "T-5119"
    older = html.unescape(re.search(r'<a href="([^"]+)" rel="next">Older tips</a>', page).group(1))
    second_page = text(officer_client.get(older))
    second = listed(second_page)
    assert second[0] == "T-5069" and len(second) == 50 and not set(first) & set(second)
    assert "Newest tips" in second_page
    third = listed(text(officer_client.get(html.unescape(
        re.search(r'<a href="([^"]+)" rel="next">', second_page).group(1)))))
    assert len(third) == 20 and third[-1] == "T-5000"


def test_a_new_tip_appears_through_the_live_fragment(officer_client, put_tip):
    put_tip("T-6AAA", what="old tip")
    page = text(officer_client.get("/console/tips?q=knife"))
    assert 'hx-trigger="every 5s"' in page and 'id="inbox-live-status"' in page and 'aria-live="polite"' in page
    url = live_url(page)
    htmx = {"HX-Request": "true"}
    quiet = text(officer_client.get(url, headers=htmx))
    assert listed(quiet) == [] and "hx-swap-oob" not in quiet and '<div id="inbox-live"' in quiet
    put_tip("T-6AAB", what="a knife at the bus stop", urgent=True)
    put_tip("T-6AAC", what="bikes stolen")                        # does not match the filter
    fresh = text(officer_client.get(url, headers=htmx))
    assert listed(fresh) == ["T-6AAB"]
    assert 'hx-swap-oob="afterbegin:#tip-rows"' in fresh and "fresh" in fresh
    assert "1 new tip added at the top of the list." in fresh
    assert live_url(fresh) != url, "the next poll reads on from here"
    assert listed(text(officer_client.get(live_url(fresh), headers=htmx))) == []
    # An older page is not changed under the officer: it only says that tips arrived.
    older = live_url(page).replace("first=1", "first=")
    notice = text(officer_client.get(older, headers=htmx))
    assert listed(notice) == [] and "arrived since this page was opened" in notice and "Show the newest tips" in notice
    # Without htmx (no script): a page of the new tips.
    whole = text(officer_client.get(url))
    assert "<h1>New tips</h1>" in whole and listed(whole) == ["T-6AAB"]


def test_related_tips_fragment_and_page_say_why(officer_client, put_tip, redis):
    put_tip("T-7AAA", plates=["HVM2207"], places=["Market St"], at=NOW - 30)
    put_tip("T-7AAB", plates=["HVM2207"], at=NOW - 20)
    put_tip("T-7AAC", partials=["HVM"], places=["market street"], at=NOW - 10)
    fragment = text(officer_client.get("/console/tips/T-7AAA/related", headers={"HX-Request": "true"}))
    assert "<html" not in fragment and "<h2" in fragment
    assert "same plate HVM2207" in fragment
    assert "partial plate HVM fits HVM2207" in fragment and "same place: Market Street" in fragment
    assert fragment.index("T-7AAB") < fragment.index("T-7AAC"), "the stronger link first"
    whole = text(officer_client.get("/console/tips/t7aaa/related"))
    assert "<h1>Tips related to" in whole and "same plate HVM2207" in whole
    assert officer_client.get("/console/tips/T-ZZZZ/related").status_code == 404
    assert officer_client.get("/console/tips/nonsense/related").status_code == 404
    put_tip("T-7AAD", what="alone")
    assert "No other tip shares" in text(officer_client.get("/console/tips/T-7AAD/related"))


def test_a_tip_id_typed_in_the_search_box_is_offered(officer_client, put_tip):
    put_tip("T-8AAA")
    page = text(officer_client.get("/console/tips?q=t-7k2q"))
    assert 'href="/console/tips/T-7K2Q"' in page


def test_tips_from_before_the_indexes_appear_after_reindex(app, officer_client, put_tip, redis):
    put_tip("T-9AAA", what="written before the inbox existed")
    for name in list(index.index_keys(redis)):
        redis.delete(name)
    assert listed(text(officer_client.get("/console/tips"))) == []
    assert app.test_cli_runner().invoke(args=["tips", "reindex"]).exit_code == 0
    assert listed(text(officer_client.get("/console/tips"))) == ["T-9AAA"]
    assert redis.zcard(keys.TIPS_RECEIVED) == 1


def test_no_inbox_search_or_related_page_shows_the_tipster_s_number(console, staff_factory, visible_pages, world,
                                                                     make_phone, services):
    """After a scripted exchange in which the tipster types their own number again (in a second
    tip with the same plate, and in a follow-up), every page each role sees, and the fragments
    htmx fetches, hold neither the number nor the pseudonym."""
    import phonenumbers

    tipster = make_phone(world["tipster"])
    tipster.send(f"{world['tip_id']} the Honda HVM2207 is back, call me 07700900123")
    for body in ("NEW", "same grey Honda HVM2207 at the Spar BS1 4DJ, my number is +44 7700 900123", "SKIP",
                 "SKIP", "SKIP", "SEND"):
        tipster.send(body)
    parsed = phonenumbers.parse(world["tipster"])
    digits = "".join(ch for ch in world["tipster"] if ch.isdigit())
    forms = [world["tipster"], digits, digits[-7:], digits[-6:],
             phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
             phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)]
    pseudonym = services.identity.pseudonym(world["tipster"])
    for role in ("officer", "supervisor", "admin"):
        client = console().sign_in(staff_factory(role))
        pages = visible_pages(client, world)
        htmx = {"HX-Request": "true"}
        extra = {
            "live": client.get("/console/tips/live?after=0-0&first=1", headers=htmx),
            "related": client.get(f"/console/tips/{world['tip_id']}/related", headers=htmx),
            "search": client.get("/console/tips?q=honda&plate=hvm2207&partial=1"),
        }
        for name, resp in extra.items():
            assert resp.status_code == 200
            pages[name] = resp.get_data(as_text=True)
        assert "same plate HVM2207" in pages["related"]
        assert len(listed(pages["live"])) == 2
        for path, page in pages.items():
            for form in forms:
                assert form not in page, f"{role}: {path} shows the tipster's number ({form})"
            assert pseudonym[:12] not in page, f"{role}: {path} shows the tipster's pseudonym"


def test_the_inbox_poll_does_not_keep_the_session_alive(officer_client, put_tip, redis):
    import hashlib
    import json

    put_tip("T-AAA2")
    page = text(officer_client.get("/console/tips"))
    key = keys.console_session(hashlib.sha256(officer_client.session_id().encode()).hexdigest())
    seen, ttl = json.loads(redis.get(key))["_seen"], redis.ttl(key)
    for _ in range(3):
        assert officer_client.get(live_url(page), headers={"HX-Request": "true"}).status_code == 200
    assert json.loads(redis.get(key))["_seen"] == seen and redis.ttl(key) <= ttl
    officer_client.get("/console/tips")                           # a real request renews it
    assert json.loads(redis.get(key))["_seen"] > seen
