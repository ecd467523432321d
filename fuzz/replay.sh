#!/bin/sh
# Replay every seed (fuzz/seeds/<name>/) and every saved crash input
# (fuzz/crashes/<name>/) through its harness, once each, so a fixed crash
# stays fixed. Usage: fuzz/replay.sh BUILD_DIR NAME...
set -u
dir=$1
shift
status=0
for name in "$@"; do
    bin=$dir/fuzz_$name
    files=$(find "fuzz/seeds/$name" "fuzz/crashes/$name" -type f ! -name '.*' 2>/dev/null | sort)
    seeds=$(find "fuzz/seeds/$name" -type f ! -name '.*' 2>/dev/null | wc -l)
    crashes=$(find "fuzz/crashes/$name" -type f ! -name '.*' 2>/dev/null | wc -l)
    if [ "$seeds" -eq 0 ]; then
        echo "test-fuzz: fuzz/seeds/$name holds no seed" >&2
        status=1
        continue
    fi
    log=$dir/replay-$name.log
    # shellcheck disable=SC2086
    if "$bin" -timeout=60 $files >"$log" 2>&1; then
        echo "test-fuzz: fuzz_$name: $seeds seeds, $crashes saved crashes: ok"
    else
        echo "test-fuzz: fuzz_$name FAILED (log: $log)" >&2
        tail -n 40 "$log" >&2
        status=1
    fi
done
exit $status
