"""The supervisors' dashboard (bot/console/dashboard.py), checked against a known set of tips."""
from __future__ import annotations

import re
import time
from datetime import datetime, timezone

from bot.console import dashboard

NOW = time.time()
DAY = 86400
MIDNIGHT = dashboard.day_starts(NOW, 1)[0]      # today, UTC


def figure(page: str, label: str) -> str:
    return re.search(rf"<dt>{re.escape(label)}</dt><dd>([^<]+)", page).group(1).strip()


def per_day(page: str) -> dict[str, int]:
    """The table of tips per day (between its summary and the outcomes)."""
    table = page.split("Tips per day as a table")[1].split("<h3>Outcomes")[0]
    return {day: int(n) for day, n in
            re.findall(r'<tr><th scope="row">([^<]+)</th><td class="numeric">(\d+)</td></tr>', table)}


def day_name(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%a %d %b %Y")


def test_the_dashboard_counts_a_known_set_of_tips(supervisor_client, put_tip):
    today, yesterday, three, ten, forty = MIDNIGHT + 1, MIDNIGHT - DAY + 100, MIDNIGHT - 3 * DAY + 100, \
        MIDNIGHT - 10 * DAY + 100, MIDNIGHT - 40 * DAY + 100
    officer = {"from": "officer PC Jones", "text": "which way did he go?"}
    put_tip("T-2AAA", at=today, case={"first_reply_at": today + 600})                         # 10 min
    put_tip("T-2AAB", at=today + 1, urgent=True, case={"claimed_by": "pc1", "claimed_name": "PC One"})
    put_tip("T-2AAC", at=yesterday, thread=[{**officer, "at": yesterday + 1800}])             # 30 min, by the thread
    put_tip("T-2AAD", at=three, urgent=True, case={"status": "closed", "outcome": "arrest",
                                                    "first_reply_at": three + 3600})           # 60 min
    put_tip("T-2AAE", at=three + 1, case={"status": "closed", "outcome": "arrest"})
    put_tip("T-2AAF", at=three + 2, case={"status": "closed"})                                 # closed by SMS: none
    put_tip("T-2AAG", at=ten, case={"status": "closed", "outcome": "unfounded"})
    put_tip("T-2AAH", at=forty, urgent=True)                                                   # open, urgent, old

    page = supervisor_client.get("/console/dashboard?days=7").get_data(as_text=True)
    assert "<h1>Dashboard</h1>" in page
    counts = per_day(page)
    assert len(counts) == 7 and sum(counts.values()) == 6
    assert counts[day_name(today)] == 2 and counts[day_name(yesterday)] == 1 and counts[day_name(three)] == 3
    assert figure(page, "Open tips").startswith("4"), "T-2AAA, T-2AAB, T-2AAC and T-2AAH"
    assert "3 new, 1 claimed" in page
    assert figure(page, "Urgent and open") == "2"
    assert figure(page, "Received") == "6" and "2 urgent" in page
    assert figure(page, "Closed") == "3"
    assert figure(page, "Median time to first officer reply") == "30 min"
    assert "3 replied to, 3 not yet" in page
    outcomes = dict(re.findall(r'<tr><th scope="row">([^<]+)</th><td class="numeric">(\d+)</td></tr>',
                               page.split("that are closed")[1]))
    assert outcomes["Arrest"] == "2" and outcomes["Not recorded"] == "1" and outcomes["Unfounded"] == "0"
    assert '<svg viewBox="0 0 720 240" role="img" aria-labelledby="chart-title chart-desc"' in page
    assert page.count('<rect class="bar"') == 7
    assert "6 tips in all; the busiest day was" in page

    month = supervisor_client.get("/console/dashboard?days=30").get_data(as_text=True)
    assert figure(month, "Received") == "7" and figure(month, "Closed") == "4"
    assert sum(per_day(month).values()) == 7
    assert supervisor_client.get("/console/dashboard?days=12345").status_code == 200   # the default period


def test_the_dashboard_is_for_supervisors(officer_client, admin_client):
    assert officer_client.get("/console/dashboard").status_code == 403
    assert "Dashboard" not in officer_client.get("/console/tips").get_data(as_text=True).split("<main")[0]
    assert admin_client.get("/console/dashboard").status_code == 200


def test_durations_and_scales_read_well():
    assert dashboard.duration(None) == "-"
    assert dashboard.duration(125) == "2 min"
    assert dashboard.duration(2 * 3600 + 14 * 60) == "2 h 14 min"
    assert dashboard.duration(3 * DAY + 3600) == "3 days 1 h"
    assert [dashboard._nice(n) for n in (0, 3, 7, 12, 26, 130, 999)] == [1, 3, 10, 20, 50, 200, 1000]
