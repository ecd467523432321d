# Hardening (issue 8): the sandbox, time and memory under hostile input.
#
#   make test-sandbox       socket()/execve() fail inside the running host, which keeps answering
#   make test-adversarial   every hostile message answered within the time budget (strict sandbox)
#   make test-memory-cap    running out of memory is error 12, never a kill
#   make test-leaks         valgrind: no leak, no memory error over ~370 mixed messages
#   make bench-adversarial  worst answer times; peak memory for 1, 10 and 20 MB pages
#
# The fuzzing targets are in mk/fuzz.mk.

.PHONY: test-sandbox test-adversarial test-memory-cap test-leaks bench-adversarial
TESTS += test-sandbox test-adversarial test-memory-cap test-leaks

test-sandbox: all
	python3 tests/sandbox/run.py $(HOST_BIN)

test-adversarial: all
	python3 tests/adversarial/run.py $(HOST_BIN)

test-memory-cap: all
	python3 tests/adversarial/memory_cap.py $(HOST_BIN)

test-leaks: all
	python3 tests/adversarial/leaks.py $(HOST_BIN)

bench-adversarial: all
	python3 bench/adversarial.py $(HOST_BIN)
