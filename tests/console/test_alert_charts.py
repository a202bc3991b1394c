"""The deliveries-over-time chart (server-rendered SVG) and the composer page's CSP for map tiles."""
from __future__ import annotations

import re

from bot.console import alert_charts


def test_the_chart_draws_a_step_line_with_a_text_alternative_and_no_style():
    svg = alert_charts.deliveries_svg([(960.0, 1, 0), (1020.0, 5, 1), (1080.0, 9, 7)])
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "9 messages out and 7 delivered between" in svg and "<title" in svg
    delivered = re.search(r'class="delivered"[^>]*points="([^"]+)"', svg).group(1).split()
    assert len(delivered) == 6
    out = re.search(r'class="out"[^>]*points="([^"]+)"', svg).group(1).split()
    assert float(out[-1].split(",")[1]) == alert_charts.TOP                # the top of the chart is the most
    points = delivered
    ys = [float(p.split(",")[1]) for p in points]
    assert ys == sorted(ys, reverse=True)                        # never goes down
    xs = [float(p.split(",")[0]) for p in points]
    assert xs[0] == alert_charts.LEFT and xs[-1] == alert_charts.W - alert_charts.RIGHT
    assert "style=" not in svg and "<script" not in svg
    assert alert_charts.deliveries_svg([]) == ""


def test_the_composer_may_load_tiles_from_the_configured_origin_only(officer_client, app):
    csp = officer_client.get("/console/alerts/new").headers["Content-Security-Policy"]
    assert "img-src 'self' https://tile.openstreetmap.org;" in csp and "script-src 'self';" in csp
    assert "tile.openstreetmap.org" not in officer_client.get("/console/alerts").headers["Content-Security-Policy"]
    app.config["MAP_TILE_URL"] = ""
    page = officer_client.get("/console/alerts/new")
    assert "img-src 'self';" in page.headers["Content-Security-Policy"]
    assert 'data-tile-url=""' in page.get_data(as_text=True)
    app.config["MAP_TILE_URL"] = "https://tiles.example.org/{z}/{x}/{y}.png"
    csp = officer_client.get("/console/alerts/new").headers["Content-Security-Policy"]
    assert "img-src 'self' https://tiles.example.org;" in csp
