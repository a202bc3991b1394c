"""gunicorn settings for the webhook (``gunicorn wsgi:app`` picks this file up).

Sync workers: a turn is short and CPU-bound (NLP, signatures) with two Redis
round trips, so a couple of workers per core keeps both busy while one waits on
Redis. Workers are recycled now and then because spaCy's string store grows
with every new word it sees.
"""
import multiprocessing
import os

# Behind a reverse proxy on the same machine, set BIND=127.0.0.1:8000 (deploy/nginx.conf).
bind = os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
max_requests = 50_000
max_requests_jitter = 5_000
timeout = 15  # Twilio gives up on a webhook after 15 s
backlog = 2048
accesslog = None  # access logs would carry nothing useful and the request line is no business of ours
