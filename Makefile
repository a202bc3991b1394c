# Two commands for a newcomer: `make run` (chat with the bot locally, with the staff console beside it) and `make test`.
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

## Chat with the bot as a phone (embedded Redis, local mode unless Twilio is configured), with the staff
## console served on http://127.0.0.1:$(CONSOLE_PORT)/console/ in the background while the chat runs (log:
## instance/console.log). The first time, in local mode, it creates an admin and prints their enrolment link.
CONSOLE_PORT ?= 5050
export CONSOLE_PORT
run: install
	@mkdir -p instance
	@$(BIN)/flask --app wsgi staff local-admin
	@$(BIN)/flask --app wsgi run --host 127.0.0.1 --port $(CONSOLE_PORT) --no-reload </dev/null \
		>instance/console.log 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null' EXIT INT TERM; \
	for i in $$(seq 60); do \
		$(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', $(CONSOLE_PORT)), 0.2)" 2>/dev/null \
			&& { echo "Staff console running: http://127.0.0.1:$(CONSOLE_PORT)/console/ (log: instance/console.log)"; break; }; \
		kill -0 $$pid 2>/dev/null || { echo "The console did not start (port $(CONSOLE_PORT) taken? make run CONSOLE_PORT=5051); see instance/console.log"; break; }; \
		sleep 0.5; \
	done; \
	$(BIN)/flask --app wsgi chat

## Serve the webhook (gunicorn) and run a worker, for a real Twilio number.
serve: install
	$(BIN)/flask --app wsgi worker & $(BIN)/gunicorn wsgi:app

worker: install
	$(BIN)/flask --app wsgi worker

## The whole test suite, after the lint gate (pyflakes + import order, ruff.toml), one process per core (up to 4),
## each test file kept on one process (its module fixtures built once).
test: install
	@sh tests/console/browser/ensure_chromium.sh
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto --maxprocesses 4 --dist loadfile

## A longer, randomised run of the webhook property tests (2,000 examples each).
fuzz: install
	FUZZ_EXAMPLES=2000 FUZZ_RANDOM=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz_webhook.py

bench: install
	$(BIN)/python bench/bench_inbound.py
	$(BIN)/python bench/bench_nlp.py

## Stop the embedded Redis server that `make run` started (data stays in instance/redis/).
stop-redis:
	-$(BIN)/python -c "import redis; redis.Redis(unix_socket_path='instance/redis/redis.sock').shutdown()"
