#!/usr/bin/env bash
# Prepares the browser that the browser tests drive: Debian's Chromium (Playwright never downloads one).
# Maven runs it before the tests (process-test-classes); -Dtraject.browser.prepare.skip=true skips it.
#  - Chromium already there: says so.
#  - missing, running as root on Debian (apt-get present): installs it with apt-get.
#  - otherwise: prints one line saying how to install it.
# It never fails the build itself: when Chromium is still missing, the browser tests fail and say where they looked.
set -u
CHROMIUM="${TRAJECT_CHROMIUM:-/usr/bin/chromium}"
# where Debian's package puts it (a variable only so that the script's test can use a fake place)
DEBIAN_CHROMIUM="${TRAJECT_DEBIAN_CHROMIUM:-/usr/bin/chromium}"

say() { printf '[traject browser] %s\n' "$*"; }

if [[ -x "$CHROMIUM" ]]; then
  say "Chromium ready at $CHROMIUM"
  exit 0
fi

if [[ "$CHROMIUM" != "$DEBIAN_CHROMIUM" ]]; then
  say "no Chromium at $CHROMIUM (-Dtraject.chromium); install it there, else the browser tests fail."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "no Chromium at $CHROMIUM and no apt-get here; install Chromium yourself (or -Dtraject.chromium=/path/to/chromium), else the browser tests fail."
  exit 0
fi

if [[ "$(id -u)" != "0" ]]; then
  say "no Chromium at $CHROMIUM; install it with 'sudo apt-get install -y chromium', else the browser tests fail."
  exit 0
fi

say "no Chromium at $CHROMIUM; installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }; then
  say "apt-get could not install chromium; install it yourself ('apt-get install -y chromium'), else the browser tests fail."
  exit 0
fi

if [[ -x "$CHROMIUM" ]]; then
  say "Chromium installed at $CHROMIUM"
else
  say "apt-get installed chromium, yet there is none at $CHROMIUM; the browser tests will fail."
fi
exit 0
