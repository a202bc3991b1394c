"""Subscription keywords: JOIN/LEAVE/MY ALERTS (extension point; the alerts issue fills it in)."""


def handle(turn):
    return None
