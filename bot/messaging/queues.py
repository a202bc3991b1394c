"""rq queue names and retry policies, declared as data."""
from rq import Queue, Retry

# Order matters: a worker drains earlier queues first.
URGENT = "tipline-urgent"     # notifications of urgent tips to duty officers
TEXTS = "tipline-texts"       # relay messages and officer notifications
ALERTS = "tipline-alerts"     # community alert fan-out
HOUSEKEEPING = "tipline-housekeeping"  # idle-draft filing, retention
ALL_QUEUES = [URGENT, TEXTS, ALERTS, HOUSEKEEPING]

# Transient Twilio errors (429, 5xx, network) are retried with backoff.
SEND_RETRY = {"max": 6, "interval": [2, 10, 30, 120, 600, 1800]}
HOUSEKEEPING_RETRY = {"max": 3, "interval": [10, 60, 300]}


def retry(policy: dict) -> Retry:
    return Retry(max=policy["max"], interval=policy["interval"])


def make_queues(redis, is_async: bool = True) -> dict[str, Queue]:
    return {name: Queue(name, connection=redis, is_async=is_async) for name in ALL_QUEUES}
