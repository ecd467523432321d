#!/bin/sh
# Install what a fresh Debian 12 machine lacks for building and testing:
# the apt packages named on the command line (as root), then the npm
# packages pinned in package-lock.json. Never installs Debian's npm: the
# machine's Node 20 brings its own.
set -eu
missing=""
for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "deps: missing Debian packages:$missing" >&2
        echo "deps: run as root, or: sudo apt-get install -y$missing" >&2
        exit 1
    fi
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || apt-get update
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null || apt-get install -y --no-install-recommends $missing
fi
if [ -f package-lock.json ]; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "deps: npm is missing (Node 20 with npm is expected on this machine; do not apt-install npm)" >&2
        exit 1
    fi
    stamp=node_modules/.smallprint-lock
    if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
        echo "deps: npm ci (from package-lock.json)"
        npm ci --no-audit --no-fund --loglevel=error
        cp package-lock.json "$stamp"
    fi
fi
