"""What one running app (web process or worker) holds: built once by create_app."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.privacy.identity import Identity


@dataclass
class Services:
    config: dict
    redis: object              # redis.Redis
    queues: dict               # name -> rq.Queue
    identity: Identity
    sender: object             # TwilioSender | LocalSender
    flows: object              # flows.engine.FlowEngine
    extract: object            # nlp.extract, or a fallback when nlp is unavailable
    extra: dict = field(default_factory=dict)
