"""Wiring of the optional parts into a running app (event listeners, blueprints).

create_app calls ``register(app, services)`` once. Each capability adds one line.
"""
from __future__ import annotations


def register(app, services) -> None:
    pass
