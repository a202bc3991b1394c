"""``flask --app wsgi alerts ...``: operator commands for community alerts."""
from __future__ import annotations

import random
import time

import click
from flask.cli import AppGroup

from bot.services import current

# AppGroup: its commands run inside the app context (current_app works).
alerts = AppGroup("alerts", help="Community alerts: seed test subscribers, restart alerts in flight.")


@alerts.command("reconcile")
def reconcile() -> None:
    """Restart the drain jobs of alerts still in flight (after an outage)."""
    from bot.alerts import fanout

    restarted = fanout.reconcile(current())
    click.echo(f"restarted {len(restarted)} alert(s): {', '.join(restarted) or '-'}")


def seed(services, n: int, scheme: str, lat: float, lon: float, spread_km: float, number_base: int = 447700000000,
         cats: list[str] | None = None, batch: int = 2000) -> list[str]:
    """Fake subscribers around a point, written as JOIN would (sealed numbers included).

    Numbers are synthetic (+44 77 00 ...); for benchmarks and local trials only."""
    from bot.alerts import schemes, subscribers
    from bot.privacy.identity import keep_number

    scheme_obj = schemes.find(scheme)
    cats = cats or list(scheme_obj.categories)
    rng = random.Random(n)
    pseudonyms = []
    for start in range(0, n, batch):
        pipe = services.redis.pipeline(transaction=False)
        for i in range(start, min(n, start + batch)):
            number = f"+{number_base + i}"
            p = services.identity.pseudonym(number)
            d_lat = rng.uniform(-1, 1) * spread_km / 111.0
            d_lon = rng.uniform(-1, 1) * spread_km / 70.0
            e = subscribers.entry("SEED", round(lat + d_lat, 6), round(lon + d_lon, 6), cats, time.time())
            keep_number(pipe, services.identity, p, number, 86400)
            subscribers.save_join(pipe, p, scheme_obj.keyword, e, None, paused=False)
            pseudonyms.append(p)
        pipe.execute()
    return pseudonyms


@alerts.command("seed-subscribers")
@click.argument("n", type=int)
@click.option("--scheme", default="NHW", show_default=True)
@click.option("--postcode", default="BA3 5QE", show_default=True)
@click.option("--spread-km", default=3.0, show_default=True)
def seed_subscribers(n: int, scheme: str, postcode: str, spread_km: float) -> None:
    """Add N synthetic subscribers around a postcode (benchmarks, local trials)."""
    from bot.alerts import geo

    place = geo.locate(postcode)
    t = time.perf_counter()
    seed(current(), n, scheme, place.lat, place.lon, spread_km)
    click.echo(f"seeded {n} subscribers to {scheme} around {place.code} in {time.perf_counter() - t:.1f}s")


@alerts.command("ingest-dsn")
@click.argument("files", nargs=-1, type=click.File("rb"))
def ingest_dsn(files) -> None:
    """Record bounces (RFC 3464 DSNs) and complaints (ARF) about alert emails; '-' reads stdin."""
    from bot.alerts import bounces

    total = 0
    for f in files:
        kind, n = bounces.ingest(current(), f.read())
        total += n
        click.echo(f"{getattr(f, 'name', '-')}: {kind or 'not a bounce or complaint'}, {n} alert email(s) marked failed")
    click.echo(f"{total} in all")
