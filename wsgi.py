"""WSGI entry point: ``gunicorn wsgi:app`` / ``flask --app wsgi ...``.

Settings come from the environment; a ``.env`` file beside this one is read too
(values already in the environment win), so gunicorn and the flask CLI agree.
"""
import os

from dotenv import load_dotenv

from bot import create_app

load_dotenv(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".env"), override=False)
app = create_app()
