"""Talk to smallprint-host over native messaging framing, as a browser does.

Shared by tests/adversarial, tests/sandbox and bench/adversarial.py: start
the host with a chosen environment, send one message, time its reply (all
parts of a split result), read the peak memory of the process.
"""
import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time


class HostError(Exception):
    pass


class Host:
    def __init__(self, binary, env=None, args=(), stderr=subprocess.PIPE):
        full = dict(os.environ)
        # a config file of the person running the tests must not change the
        # limits, and tests must not write into their history
        full["SMALLPRINT_CONFIG"] = os.devnull
        self.tmp = None
        if "XDG_DATA_HOME" not in (env or {}) and "SMALLPRINT_HISTORY_DIR" not in (env or {}):
            self.tmp = tempfile.mkdtemp(prefix="smallprint-test-")
            full["XDG_DATA_HOME"] = self.tmp
        full.pop("SMALLPRINT_HISTORY_DIR", None)
        full.update(env or {})
        self.proc = subprocess.Popen([binary, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=stderr, env=full)
        self.pid = self.proc.pid

    def send_raw(self, body: bytes):
        self.proc.stdin.write(struct.pack("=I", len(body)) + body)
        self.proc.stdin.flush()

    def send(self, obj):
        self.send_raw(json.dumps(obj, ensure_ascii=False).encode())

    def _read(self, n, deadline):
        out = b""
        fd = self.proc.stdout.fileno()
        while len(out) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise HostError("no reply within the time limit (%d of %d bytes read)" % (len(out), n))
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, n - len(out))
            if not chunk:
                raise HostError("the host closed stdout (exit status %s)" % self.proc.poll())
            out += chunk
        return out

    def read_frame(self, timeout=30.0):
        deadline = time.monotonic() + timeout
        (n,) = struct.unpack("=I", self._read(4, deadline))
        return json.loads(self._read(n, deadline))

    def reply(self, timeout=30.0):
        """Read one whole reply: every part of a split result. Returns
        (first frame with all findings merged, seconds waited)."""
        t0 = time.monotonic()
        first = self.read_frame(timeout)
        if first.get("type") == "result":
            while first["part"] < first["parts"]:
                nxt = self.read_frame(timeout)
                first["findings"] += nxt["findings"]
                first["part"] = nxt["part"]
                first["summary"] = nxt["summary"]
        return first, time.monotonic() - t0

    def ask(self, obj, timeout=30.0):
        t0 = time.monotonic()
        if isinstance(obj, (bytes, bytearray)):
            self.send_raw(obj)
        else:
            self.send(obj)
        rep, _ = self.reply(timeout)
        return rep, time.monotonic() - t0

    def peak_rss_kb(self):
        """Peak resident memory so far (VmHWM), Linux only."""
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def close(self, timeout=10.0):
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise HostError("the host did not exit after stdin closed")
        err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return rc, err



class Checks:
    """Named checks printed as they run; done() gives the exit status."""

    def __init__(self, name):
        self.name, self.failed = name, []

    def __call__(self, cond, what):
        print("  %s  %s" % ("ok  " if cond else "FAIL", what), flush=True)
        if not cond:
            self.failed.append(what)
        return cond

    def done(self, success):
        if self.failed:
            print("%s: FAILED (%d)" % (self.name, len(self.failed)))
            return 1
        print("%s: %s" % (self.name, success))
        return 0
