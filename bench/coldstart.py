#!/usr/bin/env python3
"""Cold start: process start to the first `analyze` reply on a real policy.

usage: coldstart.py HOST DOCUMENT [RUNS]
Starts the host afresh each run (as the browser does on connectNative),
sends one analyze with the document's text in paragraph blocks, and times
until the reply is read. Prints the median and the best of RUNS runs, with
the full rule pack usable.
"""
import json, os, struct, subprocess, sys, time

host, doc = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 21
text = open(doc, encoding="utf-8", errors="replace").read()
blocks = [{"id": f"b{i}", "text": p} for i, p in enumerate(t for t in text.split("\n\n") if t.strip())]
body = json.dumps({"type": "analyze", "id": 1, "page": "cold", "final": True, "blocks": blocks}).encode()
msg = struct.pack("=I", len(body)) + body
times, findings = [], 0
env = dict(os.environ, SMALLPRINT_CONFIG="/dev/null")
for _ in range(runs):
    t0 = time.perf_counter()
    p = subprocess.Popen([host], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    p.stdin.write(msg)
    p.stdin.flush()
    hdr = p.stdout.read(4)
    n = struct.unpack("=I", hdr)[0]
    reply = p.stdout.read(n)
    t1 = time.perf_counter()
    p.stdin.close()
    p.wait()
    r = json.loads(reply)
    if r.get("type") != "result":
        sys.exit(f"coldstart: unexpected reply {str(r)[:200]}")
    findings = len(r["findings"])
    times.append((t1 - t0) * 1000)
times.sort()
print(f"cold start      {times[len(times) // 2]:.1f} ms median, {times[0]:.1f} ms best "
      f"({runs} runs; spawn + load rules + analyze {len(body) // 1000} KB -> {findings} findings)")
