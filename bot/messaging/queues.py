"""rq queue names and retry policies, declared as data."""
from rq import Queue, Retry

# Order matters: a worker drains earlier queues first.
URGENT = "tipline-urgent"     # notifications of urgent tips to duty officers
TEXTS = "tipline-texts"       # relay messages and officer notifications
ALERTS = "tipline-alerts"     # community alert fan-out
HOUSEKEEPING = "tipline-housekeeping"  # idle-draft filing, retention
ALL_QUEUES = [URGENT, TEXTS, ALERTS, HOUSEKEEPING]

# Transient Twilio errors (429, 5xx, network) are retried with backoff: 1 + max attempts.
SEND_RETRY = {"max": 6, "interval": [2, 10, 30, 120, 600, 1800]}
# rq is given one run more than SEND_RETRY: a run that never sends, only settles the
# text (failed, or sent if Twilio has it) when the last attempt died without recording
# anything (a worker killed by the OOM killer or kill -9 runs no failure callback).
SETTLE_AFTER_S = 60
# An ordered text whose predecessor has not finished asks rq to run it again later
# (the job returns rq's Retry, which does not use up SEND_RETRY's attempts) instead of
# holding a worker that the predecessor may need. Bounded by ``max`` runs and by
# ``budget_s`` since it was queued (longer than a predecessor's whole retry schedule):
# after that it goes out of order rather than never.
ORDER_WAIT = {"interval": [1, 2, 5, 10, 30, 60], "max": 120, "budget_s": 3600}
HOUSEKEEPING_RETRY = {"max": 3, "interval": [10, 60, 300]}


def retry(policy: dict) -> Retry:
    return Retry(max=policy["max"], interval=policy["interval"])


def send_retry() -> Retry:
    """SEND_RETRY plus the settling run (see SETTLE_AFTER_S)."""
    intervals = list(SEND_RETRY["interval"])
    intervals += [intervals[-1]] * (SEND_RETRY["max"] - len(intervals))  # rq repeats the last one too
    return Retry(max=SEND_RETRY["max"] + 1, interval=intervals[:SEND_RETRY["max"]] + [SETTLE_AFTER_S])


def order_wait(count: int) -> Retry | None:
    """rq's Retry for the ``count``-th wait of an ordered text, or None once the waits are used up."""
    if count >= ORDER_WAIT["max"]:
        return None
    return Retry(max=ORDER_WAIT["max"], interval=ORDER_WAIT["interval"])


def make_queues(redis, is_async: bool = True) -> dict[str, Queue]:
    return {name: Queue(name, connection=redis, is_async=is_async) for name in ALL_QUEUES}
