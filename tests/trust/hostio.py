"""Helpers for the trust tests: run smallprint-host, talk native messaging."""
import json
import os
import struct
import subprocess


def frames(msgs):
    out = b""
    for m in msgs:
        body = json.dumps(m).encode()
        out += struct.pack("=I", len(body)) + body
    return out


def replies(data):
    out = []
    while data:
        n = struct.unpack("=I", data[:4])[0]
        out.append(json.loads(data[4:4 + n]))
        data = data[4 + n:]
    return out


def talk(host, msgs, args=(), env=None):
    """Send msgs to a native-messaging host; return (replies, stderr, exit code)."""
    p = subprocess.run([host, *args], input=frames(msgs), capture_output=True, env=env, timeout=60)
    return replies(p.stdout), p.stderr.decode(), p.returncode


def run(host, args, env=None, stdin=None):
    p = subprocess.run([host, *args], capture_output=True, text=True, env=env, input=stdin, timeout=60)
    return p.returncode, p.stdout, p.stderr


def clean_env(tmp, **extra):
    """An environment whose config, data and history dirs are inside tmp."""
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("SMALLPRINT_"):
            del env[k]
    env["HOME"] = os.path.join(tmp, "home")
    env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
    env["XDG_DATA_HOME"] = os.path.join(tmp, "data")
    env.update(extra)
    return env


class Checks:
    def __init__(self, name):
        self.name, self.failed, self.passed = name, [], 0

    def ok(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed.append(what)
            print(f"FAIL: {what}")
        return cond

    def done(self):
        print(f"{self.name}: {self.passed} checks passed, {len(self.failed)} failed")
        return 1 if self.failed else 0
