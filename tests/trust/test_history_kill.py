#!/usr/bin/env python3
"""History survives kill -9 at any moment of a write, and several hosts
writing at once lose nothing.

usage: test_history_kill.py WRITER WORKDIR [KILLS]

WRITER is build/tests/trust/history_writer. Each round starts a writer that
records generation after generation of one document (every write rewrites
about a megabyte: 30 other documents are stored beside it), kills it with
SIGKILL at a random moment, then opens the history: it must open without
being set aside and hold a whole record of either the last generation the
writer reported or the one it was writing.

Every other kill aims at the dangerous part (temp file written, flushed,
renamed). How long that lasts depends on the machine and its load, so the
test first measures it, and keeps killing (past KILLS, up to 5 x KILLS) until
at least a quarter of the kills have landed inside it.
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import time

writer, work = sys.argv[1], sys.argv[2]
kills = int(sys.argv[3]) if len(sys.argv) > 3 else 200
random.seed(int(os.environ.get("SMALLPRINT_TEST_SEED", "7")))
failures = []


def check(d):
    c = subprocess.run([writer, d, "check"], capture_output=True, text=True)
    if c.returncode != 0:
        failures.append(f"check failed: {c.stderr.strip()}")
        return None, 0
    gen, docs = None, 0
    for line in c.stdout.splitlines():
        if line.startswith("gen "):
            gen = int(line.split()[1])
        elif line.startswith("documents "):
            docs = int(line.split()[1])
    return gen, docs


# --- kill -9 at random moments ---------------------------------------------
d = os.path.join(work, "kill")
shutil.rmtree(d, ignore_errors=True)
os.makedirs(d)
subprocess.run([writer, d, "fill", "30"], check=True)
tmp = os.path.join(d, "history.db.tmp")


def tmp_lifetime():
    """Median time the temp file exists during one write, watched for 1 s."""
    p = subprocess.Popen([writer, d, "write", "0"], stdout=subprocess.DEVNULL)
    lives, state, t0 = [], False, time.monotonic()
    end = t0 + 1.0
    while time.monotonic() < end:
        e, now = os.path.exists(tmp), time.monotonic()
        if e != state:
            if state:
                lives.append(now - t0)
            t0, state = now, e
    p.kill()
    p.wait()
    lives.sort()
    return lives[len(lives) // 2] if lives else 0.002


window = tmp_lifetime()
gen0, _ = check(d)
start, in_file, inside_write, writes = (gen0 + 1 if gen0 is not None else 0), gen0, 0, 0
i = 0
while i < kills or (inside_write < kills // 4 and i < 5 * kills):
    p = subprocess.Popen([writer, d, "write", str(start)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # once the writer is in its loop it is always inside a write (read,
    # change, encrypt, temp file, fsync, rename); kill it at a random moment
    # of the next one or two
    t0 = time.monotonic()
    first = p.stdout.readline()
    cycle = max(0.002, time.monotonic() - t0) if not first else None
    t1 = time.monotonic()
    second = p.stdout.readline() if first else b""
    cycle = max(0.002, time.monotonic() - t1) if second else 0.02
    if i % 2:
        time.sleep(random.uniform(0, 2 * cycle))
    else:
        # every other round aims at the dangerous part: once the temp file
        # appears, a random moment of writing, flushing and renaming it
        deadline = time.monotonic() + 0.5
        while not os.path.exists(tmp) and time.monotonic() < deadline:
            pass
        time.sleep(random.uniform(0, window))
    p.send_signal(signal.SIGKILL)
    out, err = p.communicate()
    out = first + second + out
    committed = [int(l.split()[1]) for l in out.decode().splitlines() if l.startswith("committed ")]
    writes += len(committed) + 1
    if os.path.exists(os.path.join(d, "history.db.tmp")):
        inside_write += 1  # the kill landed between creating the temp file and the rename
    gen, docs = check(d)
    allowed = {committed[-1], committed[-1] + 1} if committed else {in_file, start}
    if gen not in allowed:
        failures.append(f"round {i}: history holds generation {gen}, expected one of "
                        f"{sorted(x for x in allowed if x is not None)}")
    if docs != 31:
        failures.append(f"round {i}: {docs} documents, expected 31")
    broken = [f for f in os.listdir(d) if "broken" in f]
    if broken:
        failures.append(f"round {i}: files set aside: {broken}")
        break
    in_file = gen
    start = (gen if gen is not None else start) + 1
    i += 1
print(f"kill -9: {i} writes killed at random moments ({writes} writes started; the temp file "
      f"lives about {window * 1000:.1f} ms a write); {inside_write} kills landed while the temp "
      f"file was being written; the file was whole every time")
if inside_write < kills // 4:
    failures.append(f"only {inside_write} of {i} kills landed while the temp file was written; "
                    "the test is not testing much")

# --- several hosts at once --------------------------------------------------
d = os.path.join(work, "concurrent")
shutil.rmtree(d, ignore_errors=True)
os.makedirs(d)
procs = [subprocess.Popen([writer, d, "distinct", f"w{k}", "15"]) for k in range(4)]
codes = [p.wait() for p in procs]
gen, docs = check(d)
if codes != [0, 0, 0, 0] or docs != 60:
    failures.append(f"4 writers at once: exit codes {codes}, {docs} documents (expected 60)")
else:
    print("4 writers at once: 60 documents, none lost")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
