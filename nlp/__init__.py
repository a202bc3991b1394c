"""Tip-text NLP: `extract(text) -> Extraction` (plates, places, times, vehicles, phones, urgency).

Pure Python on spaCy; imports nothing from the web app. The spaCy pipeline is built
lazily on the first call (or by `get_pipeline()` at start-up) and shared by threads.
"""
from .extraction import Extraction
from .pipeline import extract, get_pipeline

__all__ = ["Extraction", "extract", "get_pipeline"]
