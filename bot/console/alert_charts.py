"""A chart of an alert's deliveries over time, drawn on the server as SVG (no script, no
inline style: the CSP allows it as it is, and it reads without JavaScript).

``deliveries_svg(series)``: ``series`` is [(time, cumulative delivered)], oldest first;
the chart is a step line of the cumulative count with labelled axes, and a text
alternative (``<title>``/``<desc>`` plus the figures in a table beside it on the page).
"""
from __future__ import annotations

from datetime import datetime, timezone
from html import escape

W, H = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 36


def _clock(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%H:%M:%S")


def deliveries_svg(series: list[tuple[float, int]]) -> str:
    """The SVG markup ("" when there is nothing to draw yet)."""
    if not series:
        return ""
    t0, t1 = series[0][0], max(series[-1][0], series[0][0] + 1)
    top = max(1, max(n for _, n in series))
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(t: float) -> float:
        return LEFT + (t - t0) / (t1 - t0) * plot_w

    def y(n: int) -> float:
        return TOP + plot_h - n / top * plot_h

    points, last = [], 0
    for t, n in series:
        points.append(f"{x(t):.1f},{y(last):.1f}")
        points.append(f"{x(t):.1f},{y(n):.1f}")
        last = n
    desc = (f"{series[-1][1]} delivered between {_clock(series[0][0])} and {_clock(series[-1][0])} UTC, "
            f"{len(series)} points.")
    ticks = []
    for frac in (0, 0.5, 1):
        n = round(top * frac)
        ticks.append(f'<line x1="{LEFT - 4}" x2="{W - RIGHT}" y1="{y(n):.1f}" y2="{y(n):.1f}" stroke="#b1b4b6" '
                     f'stroke-width="1"/><text x="{LEFT - 8}" y="{y(n) + 4:.1f}" text-anchor="end" '
                     f'font-size="12" fill="#0b0c0c">{n}</text>')
    return (f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {W} {H}" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Deliveries over time</title>'
            f'<desc id="chart-desc">{escape(desc)}</desc>{"".join(ticks)}'
            f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{H - BOTTOM}" stroke="#0b0c0c" stroke-width="2"/>'
            f'<polyline fill="none" stroke="#00703c" stroke-width="3" points="{" ".join(points)}"/>'
            f'<text x="{LEFT}" y="{H - 10}" font-size="12" fill="#0b0c0c">{_clock(t0)}</text>'
            f'<text x="{W - RIGHT}" y="{H - 10}" font-size="12" text-anchor="end" fill="#0b0c0c">{_clock(t1)} UTC'
            f'</text></svg>')
