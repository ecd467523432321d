#!/bin/sh
# Run each test target, keep going after a failure, and print one line per
# target at the end. Exit 1 when any failed.
set -u
failed=""
passed=""
for t in "$@"; do
    echo "=== $t"
    if make --no-print-directory WERROR=1 "$t"; then
        passed="$passed $t"
    else
        failed="$failed $t"
        echo "=== $t FAILED"
    fi
done
echo
echo "=== test summary"
for t in $passed; do echo "  pass  $t"; done
for t in $failed; do echo "  FAIL  $t"; done
[ -z "$failed" ]
