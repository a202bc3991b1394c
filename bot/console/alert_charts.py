"""A chart of an alert's deliveries over time, drawn on the server as SVG (no script, no
inline style: the CSP allows it as it is, and it reads without JavaScript).

``deliveries_svg(series)``: ``series`` is [(minute, messages out so far, delivered so far)],
oldest first; the chart is two step lines (out: blue, delivered: green) with labelled axes,
a legend in words, and a text alternative (``<title>``/``<desc>``).
"""
from __future__ import annotations

from datetime import datetime, timezone
from html import escape

from bot.console.i18n import t

W, H = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 36


def _clock(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%H:%M:%S")


def deliveries_svg(series: list[tuple[float, int]]) -> str:
    """The SVG markup ("" when there is nothing to draw yet)."""
    if not series:
        return ""
    t0, t1 = series[0][0], max(series[-1][0], series[0][0] + 1)
    top = max(1, max(max(row[1:]) for row in series))
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(t: float) -> float:
        return LEFT + (t - t0) / (t1 - t0) * plot_w

    def y(n: int) -> float:
        return TOP + plot_h - n / top * plot_h

    def steps(col: int) -> str:
        points, last = [], 0
        for row in series:
            points.append(f"{x(row[0]):.1f},{y(last):.1f}")
            points.append(f"{x(row[0]):.1f},{y(row[col]):.1f}")
            last = row[col]
        return " ".join(points)

    desc = t("chart_desc", out=series[-1][1], delivered=series[-1][2], start=_clock(series[0][0]),
             end=_clock(series[-1][0]), minutes=len(series))
    ticks = []
    for frac in (0, 0.5, 1):
        n = round(top * frac)
        ticks.append(f'<line x1="{LEFT - 4}" x2="{W - RIGHT}" y1="{y(n):.1f}" y2="{y(n):.1f}" stroke="#b1b4b6" '
                     f'stroke-width="1"/><text x="{LEFT - 8}" y="{y(n) + 4:.1f}" text-anchor="end" '
                     f'font-size="12" fill="#0b0c0c">{n}</text>')
    return (f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {W} {H}" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{escape(t("deliveries_over_time"))}</title>'
            f'<desc id="chart-desc">{escape(desc)}</desc>{"".join(ticks)}'
            f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{H - BOTTOM}" stroke="#0b0c0c" stroke-width="2"/>'
            f'<polyline class="out" fill="none" stroke="#1d70b8" stroke-width="3" points="{steps(1)}"/>'
            f'<polyline class="delivered" fill="none" stroke="#00703c" stroke-width="3" points="{steps(2)}"/>'
            f'<text x="{W - RIGHT}" y="{TOP + 12}" font-size="12" text-anchor="end" fill="#1d70b8">{escape(t("chart_out"))}</text>'
            f'<text x="{W - RIGHT}" y="{TOP + 28}" font-size="12" text-anchor="end" fill="#00703c">{escape(t("chart_delivered"))}</text>'
            f'<text x="{LEFT}" y="{H - 10}" font-size="12" fill="#0b0c0c">{_clock(t0)}</text>'
            f'<text x="{W - RIGHT}" y="{H - 10}" font-size="12" text-anchor="end" fill="#0b0c0c">{_clock(t1)} UTC'
            f'</text></svg>')
