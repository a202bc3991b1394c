# Two commands for a newcomer: `make run` (chat with the bot locally) and `make test`.
# Both create .venv and install requirements.txt on first use.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)

.PHONY: install run serve worker test fuzz bench stop-redis

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

## Chat with the bot as a phone (embedded Redis, local mode unless Twilio is configured).
run: install
	$(BIN)/flask --app wsgi chat

## Serve the webhook (gunicorn) and run a worker, for a real Twilio number.
serve: install
	$(BIN)/flask --app wsgi worker & $(BIN)/gunicorn wsgi:app

worker: install
	$(BIN)/flask --app wsgi worker

## The whole test suite, after the lint gate (pyflakes + import order, ruff.toml).
test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -p no:cacheprovider

## A longer, randomised run of the webhook property tests (2,000 examples each).
fuzz: install
	FUZZ_EXAMPLES=2000 FUZZ_RANDOM=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz_webhook.py

bench: install
	$(BIN)/python bench/bench_inbound.py
	$(BIN)/python bench/bench_nlp.py

## Stop the embedded Redis server that `make run` started (data stays in instance/redis/).
stop-redis:
	-$(BIN)/python -c "import redis; redis.Redis(unix_socket_path='instance/redis/redis.sock').shutdown()"
