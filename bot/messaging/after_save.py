"""After-save news that cannot be lost: queued in the same transaction as the state.

A turn (or an idle-draft job) that files a tip, flags one urgent or takes a
tipster's follow-up writes the news of it (a ``bot.events.AFTER_SAVE`` event) as
an rq job *inside* its MULTI/EXEC: the job's hash and its place on the queue
commit with the state or not at all. There is no moment at which the state is
saved and the news is not, so Redis failing (or the process dying) right after
the EXEC delays nothing and loses nothing, and the web process does no extra
round trip for it: the work after the save happens in a worker.

The worker's job (``deliver_event``) hands the event to the listeners on the bus
(``EventBus.deliver``). rq is the acknowledgement: a job that ran to the end is
done; one whose listener failed is retried with backoff, and one whose worker died
is re-queued by rq's registry cleanup. Either way every listener runs again, so
listeners deduplicate what they queue (``already_queued`` below, and dedupe keys
built from the event).
"""
from __future__ import annotations

from typing import Callable

from rq import Queue
from rq.job import Job

from bot import events
from bot.messaging import queues
from bot.services import current
from bot.store import keys

# Deliveries are short (they decide who gets what and queue the texts on their own
# queues), so they go on the queue every worker drains first: news never waits
# behind a backlog of throttled sends.
QUEUE = queues.URGENT
# A delivery that failed every retry (a listener broken for ~45 min) waits this long
# in rq's failed registry for an operator to requeue it, rather than rq's default
# year: it carries tip text, and the tip itself keeps that text.
FAILED_KEPT_S = 30 * 24 * 3600


def publish(pipe, services, event, *, ref: str, after: list[Callable[[], None]]) -> None:
    """Queue ``event`` for delivery as part of the transaction ``pipe``.

    ``ref`` names it for good (``[A-Za-z0-9_-]``, e.g. from the MessageSid). The job
    is ``event-<tip ID>-<ref>``: the tip ID as a whole part, so that whatever must
    find every job about a tip (erasing it) can. ``after`` gets the delivery instead
    when the queues run jobs in-process (RQ_SYNC): rq would run it inside the
    enqueue, before the commit."""
    name, fields = events.to_record(event)
    queue = services.queues[QUEUE]
    if not queue.is_async:
        after.append(lambda: services.events.emit(event))
        return
    queue.enqueue_many([Queue.prepare_data(
        deliver_event, args=(name, fields), job_id=f"event-{event.tip_id}-{ref}",
        retry=queues.retry(queues.SEND_RETRY), failure_ttl=FAILED_KEPT_S,
        description=f"deliver {name} {ref}",   # never the text: rq logs descriptions
    )], pipeline=pipe)


def deliver_event(name: str, fields: dict) -> None:
    """rq job: run the listeners of one saved turn's event; raises (so rq retries)
    if any of them failed."""
    current().events.deliver(events.from_record(name, fields))


def already_queued(services, dedupe_key: str) -> bool:
    """Has a text with this dedupe key been queued before (by an earlier run of the
    same delivery)? True from the enqueue on: while its job exists (queued, running,
    kept for a while after finishing or failing) and once it has a send record.

    Queueing it again would do harm, not only waste: an ordered text takes the next
    number in its recipient's sequence each time it is queued, and the second copy
    of the job would wait for a number nobody will ever send."""
    job_id = f"send-{dedupe_key}".replace(":", "-")  # as bot.messaging.outbound.queue_text names it
    pipe = services.redis.pipeline(transaction=False)
    pipe.exists(Job.key_for(job_id))
    pipe.exists(keys.outbound(dedupe_key))
    return any(pipe.execute())
