"""Offline build tools for nlp/data: run by hand (`python -m nlp.tools.<name>`), never imported at run time."""
