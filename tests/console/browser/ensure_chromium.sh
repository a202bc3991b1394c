#!/bin/sh
# Called by `make test` before pytest: the browser tests drive Debian's chromium with
# Playwright (a browser download is impossible here). Install it when missing and we may;
# otherwise say loudly that the browser tests will be skipped.
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium chromium-driver >/dev/null 2>&1; } \
    || echo "WARNING: could not install chromium: the browser tests will be SKIPPED"
else
  echo "WARNING: /usr/bin/chromium is missing and this is not root: the browser tests will be SKIPPED"
  echo "         (apt-get install chromium chromium-driver, then make test)"
fi
exit 0
