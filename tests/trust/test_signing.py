#!/usr/bin/env python3
"""Signed rule packs, end to end with the real host.

usage: test_signing.py HOST WORKDIR

A flipped byte, a wrong key and a missing signature are each refused with
their own message naming the file, on the command line, in hello's
rules_error and in analyze's error 13; --allow-unsigned-rules, extra trusted
keys and the built-in release key behave as docs/RULES.md says.
"""
import base64
import hashlib
import os
import shutil
import sys

from hostio import Checks, clean_env, run, talk

host, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
build = os.path.dirname(host)
c = Checks("signing")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = clean_env(work)
sample = os.path.join(work, "sample.txt")
with open(sample, "w") as f:
    f.write("We may sell your personal information to advertisers.\n")

# the build signs rules/ into build/rules with the dev key; the default works
code, out, err = run(host, ["rules", "verify"], env=env)
c.ok(code == 0 and out.count("ok ") >= 1 and "FAILED" not in out, f"rules verify on build/rules: {code} {out} {err}")
code, out, err = run(host, ["classify", "--jsonl"], env=env, stdin='{"id": 1, "text": "We sell your data."}\n')
c.ok(code == 0 and '"sale"' in out, f"classify with the default (signed) rules: {code} {out} {err}")

# the committed release key is the one built in
with open("keys/release.pub") as f:
    pk = base64.b64decode(f.read().split()[1])
release_id = hashlib.blake2b(pk, digest_size=16).digest()[:8].hex()
code, out, err = run(host, ["rules", "keys"], env=env)
c.ok(out.splitlines()[0].startswith(release_id + "  built in"), f"keys/release.pub matches the built-in key: {out}")
c.ok("trusted-keys" in out, f"the build tree's trusted-keys is read: {out}")


def fresh_rules():
    d = os.path.join(work, "rules")
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(build, "rules"), d)
    return d


def refused(rules_dir, expect, what):
    """The pack is refused everywhere with a message naming file and reason."""
    code, out, err = run(host, ["--rules", rules_dir, "scan", sample], env=env)
    c.ok(code == 2 and expect in err and "20-data-practices.json" in err,
         f"{what}: scan refuses with '{expect}': {code} {err.strip()}")
    msgs, err2, code2 = talk(host, [{"type": "hello", "id": 1},
                                    {"type": "analyze", "id": 2, "page": "p", "blocks": [{"id": "b", "text": "x"}]}],
                             ["--rules", rules_dir], env=env)
    c.ok(len(msgs) == 2 and msgs[0].get("rules_error") and expect in msgs[0]["rules_error"] and
         "20-data-practices.json" in msgs[0]["rules_error"], f"{what}: hello rules_error: {msgs[:1]}")
    c.ok(len(msgs) == 2 and msgs[1].get("code") == 13 and expect in msgs[1].get("message", ""),
         f"{what}: analyze error 13: {msgs[1:]}")
    c.ok(code2 == 0, f"{what}: the host keeps running and exits cleanly: {code2}")
    return err.strip()


messages = {}
# 1. a flipped byte
d = fresh_rules()
p = os.path.join(d, "20-data-practices.json")
data = bytearray(open(p, "rb").read())
data[len(data) // 2] ^= 0x01
open(p, "wb").write(data)
messages["flipped"] = refused(d, "changed after key", "flipped byte")

# 2. a wrong key
d = fresh_rules()
other = os.path.join(work, "other")
shutil.rmtree(other, ignore_errors=True)
os.makedirs(other)
code, out, err = run(host, ["rules", "keygen", f"{other}/k.secret", f"{other}/k.pub", "--comment", "someone else"],
                     env=env)
c.ok(code == 0 and oct(os.stat(f"{other}/k.secret").st_mode & 0o777) == "0o600", f"keygen: {code} {err}")
code, out, err = run(host, ["rules", "sign", "--key", f"{other}/k.secret", os.path.join(d, "20-data-practices.json")],
                     env=env)
c.ok(code == 0, f"sign with another key: {code} {err}")
messages["wrong key"] = refused(d, "does not trust", "wrong key")
# ... which is accepted once trusted: on the command line, or in the config dir
code, out, err = run(host, ["--trusted-keys", f"{other}/k.pub", "--rules", d, "scan", sample], env=env)
c.ok(code == 1, f"--trusted-keys accepts it: {code} {err}")
os.makedirs(env["XDG_CONFIG_HOME"] + "/smallprint", exist_ok=True)
shutil.copy(f"{other}/k.pub", env["XDG_CONFIG_HOME"] + "/smallprint/trusted-keys")
os.chmod(env["XDG_CONFIG_HOME"] + "/smallprint/trusted-keys", 0o644)
code, out, err = run(host, ["--rules", d, "scan", sample], env=env)
c.ok(code == 1, f"a key in <config dir>/trusted-keys is trusted: {code} {err}")
os.chmod(env["XDG_CONFIG_HOME"] + "/smallprint/trusted-keys", 0o666)
code, out, err = run(host, ["--rules", d, "scan", sample], env=env)
c.ok(code == 2 and "others may write" in err, f"a trusted-keys file others may write is ignored: {code} {err}")
os.remove(env["XDG_CONFIG_HOME"] + "/smallprint/trusted-keys")

# 3. a missing signature
d = fresh_rules()
os.remove(os.path.join(d, "20-data-practices.json.sig"))
messages["missing"] = refused(d, "unsigned pack", "missing signature")

c.ok(len(set(messages.values())) == 3, f"three different messages: {messages}")

# rules verify says which pack fails and exits 1
code, out, err = run(host, ["--rules", d, "rules", "verify"], env=env)
c.ok(code == 1 and "FAILED" in out and "20-data-practices.json" in out and out.count("ok ") == 2,
     f"rules verify reports the one bad pack: {code} {out}")

# --allow-unsigned-rules: loads, says so at every start, hello tells the truth
msgs, err, code = talk(host, [{"type": "hello", "id": 1}], ["--allow-unsigned-rules", "--rules", d], env=env)
packs = {p["file"]: p["signed"] for p in msgs[0]["packs"]} if msgs else {}
c.ok(msgs and msgs[0]["rules_error"] is None and packs.get("20-data-practices.json") is False and
     packs.get("10-ai-and-choice.json") is True, f"--allow-unsigned-rules: hello packs {packs}")
c.ok("--allow-unsigned-rules" in err and "warning" in err, f"--allow-unsigned-rules warns on stderr: {err}")
# ... and at every start, whatever the command
for args, want in ((["scan", sample], 1), (["classify", "--jsonl"], 0), (["diff", sample, sample], 0)):
    code, out, err = run(host, ["--allow-unsigned-rules", "--rules", d, *args], env=env, stdin="")
    c.ok(code == want and err.count("warning: --allow-unsigned-rules") == 1,
         f"--allow-unsigned-rules warns once on stderr for {args[0]}: {code} {err}")

# the plain source packs: refused for running, fine for the authoring tools
code, out, err = run(host, ["--rules", "rules", "scan", sample], env=env)
c.ok(code == 2 and "unsigned pack" in err and "make" in err, f"source packs need signing or the flag: {err}")
code, out, err = run(host, ["--rules", "rules", "rules", "check"], env=env)
c.ok(code == 0, f"rules check on the source packs: {code} {err}")

# a person's own pack in <config dir>/rules, signed with their own key
user_rules = env["XDG_CONFIG_HOME"] + "/smallprint/rules"
os.makedirs(user_rules, exist_ok=True)
mine = os.path.join(user_rules, "90-mine.json")
with open(mine, "w") as f:
    f.write('{"pack": "mine", "version": "1", "language": "en", "rules": [{"id": "marketing.my_test", '
            '"label": "marketing", "severity": "low", "anchors": ["brochure"], "patterns": ["\\\\bbrochure\\\\b"], '
            '"explanation": "You may get brochures.", "examples": {"match": ["We mail a brochure."], "no_match": ["We mail a letter."]}}]}')
code, out, err = run(host, ["scan", sample], env=env)
c.ok(code == 2 and "90-mine.json" in err and "unsigned pack" in err, f"an unsigned pack of one's own is refused: {err}")
code, out, err = run(host, ["rules", "sign", "--key", f"{other}/k.secret", mine], env=env)
shutil.copy(f"{other}/k.pub", env["XDG_CONFIG_HOME"] + "/smallprint/trusted-keys")
msgs, err, code = talk(host, [{"type": "hello", "id": 1}], env=env)
c.ok(msgs and msgs[0]["rules_error"] is None and "90-mine.json" in [p["file"] for p in msgs[0]["packs"]],
     f"one's own signed pack joins the default packs: {msgs} {err}")
code, out, err = run(host, ["rules", "verify"], env=env)
c.ok(code == 0 and "90-mine.json" in out, f"rules verify covers one's own packs: {out}")
code, out, err = run(host, ["--rules", os.path.join(build, "rules"), "rules", "list"], env=env)
c.ok("marketing.my_test" not in out, "an explicit --rules directory is used alone")
shutil.rmtree(user_rules)
os.remove(env["XDG_CONFIG_HOME"] + "/smallprint/trusted-keys")

# signing refuses to overwrite keys and names in the .sig
code, out, err = run(host, ["rules", "keygen", f"{other}/k.secret", f"{other}/k2.pub"], env=env)
c.ok(code == 2 and "not overwriting" in err, f"keygen refuses to overwrite: {err}")
sys.exit(c.done())
