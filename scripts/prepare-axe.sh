#!/usr/bin/env bash
# Brings axe-core, the accessibility engine the browser tests run on every page, from the npm registry: Maven Central
# serves its WebJar only up to 4.6.3 (2023), which predates most WCAG 2.2 rules.
# Usage: prepare-axe.sh VERSION DIRECTORY   (Maven runs it before the tests with the pom's axe-core.version)
# Installs DIRECTORY/node_modules/axe-core unless that version is already there. It never fails the build itself:
# without npm or the registry it says so in one line, and the browser tests fail saying where they looked.
set -u
VERSION="$1"
DIR="$2"
AXE="$DIR/node_modules/axe-core"

say() { printf '[traject axe] %s\n' "$*"; }

if [[ -f "$AXE/axe.min.js" ]] && grep -q "\"version\": *\"$VERSION\"" "$AXE/package.json" 2>/dev/null; then
  say "axe-core $VERSION ready"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  say "no npm here to fetch axe-core $VERSION (apt-get install -y npm); the browser tests fail without it."
  exit 0
fi

mkdir -p "$DIR"
if npm install --prefix "$DIR" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --prefer-offline \
     --loglevel=error "axe-core@$VERSION" >/dev/null; then
  say "axe-core $VERSION installed in $AXE"
else
  say "npm could not fetch axe-core $VERSION; the browser tests fail without it."
fi
exit 0
