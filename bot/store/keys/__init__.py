"""Every Redis key the app uses, in one place (like rq's key prefixes): a builder
for each key, and a parser next to the builder wherever code reads a key (or a
dedupe key) back, so a format is written down once.

We run on a single primary (with replicas / Sentinel failover), not Redis
Cluster: rq does not support Cluster, and the inbound save transaction writes a
tip's keys together with the tipster's. The hash tags ``{...}`` are there so that
keys one operation touches together share a slot (a tipster's conversation, lock,
reply cache, sealed number and opt-out flag carry the pseudonym; a tip's record
and thread carry the tip ID; the alert indexes and recipient sets carry
``{alerts}``), which keeps a later move of our own keys to Cluster possible.
"""
# One place, four files: bot.store.keys is the only name callers import (keys.tip(...), keys.alert(...)); the
# modules below only keep each part of the app's keys under 350 lines.
from .alerts import *  # noqa: F403
from .base import *  # noqa: F403
from .console import *  # noqa: F403
from .tipline import *  # noqa: F403
