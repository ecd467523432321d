#!/usr/bin/env python3
"""install.sh, uninstall.sh and `smallprint-host doctor`, run for real under a
temporary home directory and a staged root (never the machine's own paths).

Every test passes --home and --root, so what is "installed" on this machine
does not matter: browsers are "found" by creating their directories in the
staged tree. Run from the top of the tree (make test-installers).
"""
import base64
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
INSTALL = os.path.join(TOP, "installers", "install.sh")
UNINSTALL = os.path.join(TOP, "installers", "uninstall.sh")
HOST = os.path.join(TOP, "build", "smallprint-host")
# SMALLPRINT_TEST_HOST: run doctor from another build (make test-doctor-asan),
# with the tree's rules; its sanitizer reports fail the test.
TEST_HOST = os.environ.get("SMALLPRINT_TEST_HOST")
DOCTOR = ([TEST_HOST, "--rules", os.path.join(TOP, "build", "rules"), "--trusted-keys",
           os.path.join(TOP, "build", "trusted-keys"), "doctor"] if TEST_HOST else [HOST, "doctor"])


def identity():
    ids = {}
    with open(os.path.join(TOP, "manifests", "identity")) as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                ids[k] = v
    return ids


IDS = identity()
NAME = IDS["host_name"]
ORIGIN = "chrome-extension://%s/" % IDS["chromium_id"]
GECKO = IDS["gecko_id"]
MANIFEST = NAME + ".json"
STORE_ID = "abcdefghijklmnopabcdefghijklmnop"


def chromium_manifest(path, origins=None):
    return {"name": NAME, "description": IDS["description"], "path": path, "type": "stdio",
            "allowed_origins": origins or [ORIGIN]}


def firefox_manifest(path, ids=None):
    return {"name": NAME, "description": IDS["description"], "path": path, "type": "stdio",
            "allowed_extensions": ids or [GECKO]}


def snapshot(top):
    """Every file and directory under top: relpath -> ('d',) or ('f', sha256, mode)."""
    out = {}
    for root, dirs, files in os.walk(top):
        for d in dirs:
            out[os.path.relpath(os.path.join(root, d), top)] = ("d",)
        for name in files:
            p = os.path.join(root, name)
            with open(p, "rb") as f:
                out[os.path.relpath(p, top)] = ("f", hashlib.sha256(f.read()).hexdigest(),
                                                stat.S_IMODE(os.lstat(p).st_mode))
    return out


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sp-installers-")
        self.home = os.path.join(self.tmp, "home")
        self.root = os.path.join(self.tmp, "root")
        os.makedirs(self.home)
        os.makedirs(self.root)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_cmd(self, argv, expect=0):
        # INSTALLER_SHELL=bash runs the scripts under another shell (macOS's sh is bash 3.2)
        if os.environ.get("INSTALLER_SHELL") and argv[0].endswith(".sh"):
            argv = os.environ["INSTALLER_SHELL"].split() + argv
        env = dict(os.environ, HOME=self.home, TMPDIR=self.tmp)
        p = subprocess.run(argv, cwd=TOP, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True, timeout=120)
        for sign in ("Sanitizer", "runtime error:"):
            self.assertNotIn(sign, p.stderr, " ".join(argv))
        if expect is not None and p.returncode != expect:
            self.fail("%s exited %d, expected %d\nstdout:\n%s\nstderr:\n%s" % (
                " ".join(argv), p.returncode, expect, p.stdout, p.stderr))
        return p

    def install(self, *args, expect=0):
        return self.run_cmd([INSTALL, "--home", self.home, "--root", self.root] + list(args), expect)

    def uninstall(self, *args, expect=0):
        return self.run_cmd([UNINSTALL, "--home", self.home, "--root", self.root] + list(args), expect)

    def doctor(self, *args, expect=None):
        return self.run_cmd(DOCTOR + ["--home", self.home, "--root", self.root] + list(args), expect)

    def found(self, *paths):
        """Make browsers 'installed' by creating the paths their table rows detect."""
        for p in paths:
            full = os.path.join(self.home, p[2:]) if p.startswith("~/") else self.root + p
            os.makedirs(full, exist_ok=True)

    def json_at(self, path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def h(self, *parts):
        return os.path.join(self.home, *parts)

    def r(self, path):
        return self.root + path


# The per-user install every test below starts from: Chromium and Firefox
# found, the host copied into the staged root under /opt/sp.
PREFIX = "/opt/sp"
STAGED_HOST = PREFIX + "/bin/smallprint-host"
CHROMIUM_USER = (".config", "chromium", "NativeMessagingHosts", MANIFEST)
FIREFOX_USER = (".mozilla", "native-messaging-hosts", MANIFEST)
RECEIPT_USER = (".local", "share", "smallprint", "install-receipt.tsv")
PREFIX_FILES = sorted(
    ["bin/smallprint-host"]
    + ["share/smallprint/rules/" + f for f in os.listdir(os.path.join(TOP, "build", "rules"))
       if f.endswith((".json", ".json.sig"))]  # the packs make signed, with their signatures
    + ["share/smallprint/trusted-keys"]
    + ["share/smallprint/manifests/" + f for f in ("identity", "browsers.tsv", "chromium.json.in",
                                                   "firefox.json.in", "chromium/" + MANIFEST,
                                                   "firefox/" + MANIFEST)]
    + ["share/smallprint/installers/" + f for f in ("install.sh", "uninstall.sh", "lib.sh")])


class UserInstall(Base):
    def setUp(self):
        super().setUp()
        self.found("/usr/lib/chromium", "~/.mozilla/firefox")
        self.before_home = snapshot(self.home)
        self.before_root = snapshot(self.root)

    def test_writes_each_manifest_with_the_absolute_host_path(self):
        out = self.install("--prefix", PREFIX).stdout
        self.assertEqual(self.json_at(self.h(*CHROMIUM_USER)), chromium_manifest(STAGED_HOST))
        self.assertEqual(self.json_at(self.h(*FIREFOX_USER)), firefox_manifest(STAGED_HOST))
        # exactly these files, nothing for browsers that were not found
        home_files = sorted(k for k, v in snapshot(self.home).items() if v[0] == "f")
        self.assertEqual(home_files, sorted([os.path.join(*CHROMIUM_USER), os.path.join(*FIREFOX_USER),
                                             os.path.join(*RECEIPT_USER)]))
        root_files = sorted(k for k, v in snapshot(self.root).items() if v[0] == "f")
        self.assertEqual(root_files, [os.path.join("opt", "sp", f) for f in PREFIX_FILES])
        self.assertTrue(os.access(self.r(STAGED_HOST), os.X_OK))
        # the ready-made manifests for packagers name the installed host too
        self.assertEqual(self.json_at(self.r(PREFIX + "/share/smallprint/manifests/firefox/" + MANIFEST)),
                         firefox_manifest(STAGED_HOST))
        # it says what it wrote where
        self.assertIn("wrote       " + self.h(*CHROMIUM_USER), out)
        self.assertIn("(Chromium, per user)", out)
        self.assertIn("(Firefox, per user)", out)
        self.assertIn("Registered for: Chromium, Firefox", out)

    def test_receipt_lists_every_file_and_created_directory(self):
        self.install("--prefix", PREFIX)
        with open(self.h(*RECEIPT_USER)) as f:
            entries = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
        paths = {e[1]: e[0] for e in entries}
        self.assertEqual(paths[self.h(*CHROMIUM_USER)], "manifest")
        self.assertEqual(paths[self.h(*FIREFOX_USER)], "manifest")
        for f in PREFIX_FILES:
            self.assertEqual(paths[self.r(PREFIX + "/" + f)], "file")
        for d in (self.h(".config"), self.h(".config", "chromium"), self.h(".mozilla", "native-messaging-hosts"),
                  self.r("/opt"), self.r("/opt/sp/share/smallprint/rules")):
            self.assertEqual(paths[d], "dir", d)
        # .mozilla existed before: not ours
        self.assertNotIn(self.h(".mozilla"), paths)

    def test_second_run_changes_nothing(self):
        self.install("--prefix", PREFIX)
        first_home, first_root = snapshot(self.home), snapshot(self.root)
        mtime = os.stat(self.h(*CHROMIUM_USER)).st_mtime_ns
        out = self.install("--prefix", PREFIX).stdout
        self.assertEqual(snapshot(self.home), first_home)
        self.assertEqual(snapshot(self.root), first_root)
        self.assertEqual(os.stat(self.h(*CHROMIUM_USER)).st_mtime_ns, mtime)
        self.assertNotIn("wrote ", out)
        self.assertIn("unchanged   " + self.h(*FIREFOX_USER), out)

    def test_uninstall_removes_exactly_what_was_written(self):
        self.install("--prefix", PREFIX)
        out = self.uninstall().stdout
        self.assertEqual(snapshot(self.home), self.before_home)
        self.assertEqual(snapshot(self.root), self.before_root)
        self.assertIn("removed " + self.h(*CHROMIUM_USER), out)
        # and again: nothing left to do
        self.assertIn("No receipt", self.uninstall().stdout)

    def test_uninstall_leaves_files_it_did_not_write(self):
        self.install("--prefix", PREFIX)
        mine = self.h(".config", "chromium", "NativeMessagingHosts", "other.host.json")
        with open(mine, "w") as f:
            f.write("{}")
        changed = self.h(*FIREFOX_USER)
        with open(changed, "a") as f:
            f.write("\n")
        p = self.uninstall()
        self.assertTrue(os.path.exists(mine))
        self.assertTrue(os.path.exists(changed))
        self.assertFalse(os.path.exists(self.h(*CHROMIUM_USER)))
        self.assertIn("changed since install.sh wrote it", p.stderr)
        self.assertIn("not empty", p.stdout)

    def test_uninstall_one_browser(self):
        self.install("--prefix", PREFIX)
        self.uninstall("--browser", "firefox")
        self.assertFalse(os.path.exists(self.h(*FIREFOX_USER)))
        self.assertTrue(os.path.exists(self.h(*CHROMIUM_USER)))
        self.assertTrue(os.path.exists(self.r(STAGED_HOST)))
        self.uninstall()
        self.assertEqual(snapshot(self.home), self.before_home)
        self.assertEqual(snapshot(self.root), self.before_root)

    def test_dry_run_writes_nothing(self):
        out = self.install("--prefix", PREFIX, "--dry-run").stdout
        self.assertIn("would write " + self.h(*CHROMIUM_USER), out)
        self.assertEqual(snapshot(self.home), self.before_home)
        self.assertEqual(snapshot(self.root), self.before_root)

    def test_store_ids_join_the_fixed_ones(self):
        self.install("--prefix", PREFIX, "--extension-id", STORE_ID, "--gecko-id", "store@example.org")
        self.assertEqual(self.json_at(self.h(*CHROMIUM_USER)),
                         chromium_manifest(STAGED_HOST, [ORIGIN, "chrome-extension://%s/" % STORE_ID]))
        self.assertEqual(self.json_at(self.h(*FIREFOX_USER)),
                         firefox_manifest(STAGED_HOST, [GECKO, "store@example.org"]))
        d = self.doctor("--extension-id", STORE_ID, "--gecko-id", "store@example.org", expect=0).stdout
        self.assertIn("allows chrome-extension://%s/ (--extension-id)" % STORE_ID, d)

    def test_bad_ids_are_refused(self):
        p = self.install("--prefix", PREFIX, "--extension-id", "ABC", expect=2)
        self.assertIn("32 letters a-p", p.stderr)
        p = self.install("--prefix", PREFIX, "--gecko-id", "no spaces@x", expect=2)
        self.assertIn("add-on id", p.stderr)
        self.assertEqual(snapshot(self.home), self.before_home)

    def test_unknown_browser_is_refused(self):
        p = self.install("--prefix", PREFIX, "--browser", "netscape", expect=2)
        self.assertIn('unknown browser "netscape"', p.stderr)


class Targets(Base):
    def test_browser_option_writes_that_browser_found_or_not(self):
        self.found("/usr/lib/chromium")
        self.install("--prefix", PREFIX, "--browser", "brave,librewolf")
        brave = self.h(".config", "BraveSoftware", "Brave-Browser", "NativeMessagingHosts", MANIFEST)
        wolf = self.h(".librewolf", "native-messaging-hosts", MANIFEST)
        self.assertEqual(self.json_at(brave), chromium_manifest(STAGED_HOST))
        self.assertEqual(self.json_at(wolf), firefox_manifest(STAGED_HOST))
        self.assertFalse(os.path.exists(self.h(*CHROMIUM_USER)))

    def test_nothing_found_registers_nothing_and_says_so(self):
        p = self.install("--prefix", PREFIX)
        self.assertIn("no browser found", p.stderr)
        self.assertFalse(os.path.exists(self.h(".config")))

    def test_chromium_profile_alone_touches_only_that_profile(self):
        profile = os.path.join(self.tmp, "profile")
        self.found("/usr/lib/chromium", "~/.mozilla/firefox")
        before = snapshot(self.home)
        self.run_cmd([INSTALL, "--chromium-profile", profile, "--host", HOST])
        self.assertEqual(snapshot(self.home), before)
        self.assertEqual(self.json_at(os.path.join(profile, "NativeMessagingHosts", MANIFEST)),
                         chromium_manifest(HOST))
        self.assertEqual(sorted(os.listdir(profile)), ["NativeMessagingHosts", "smallprint-install-receipt.tsv"])
        d = self.run_cmd(DOCTOR + ["--chromium-profile", profile], expect=0).stdout
        self.assertIn("host starts and answers hello", d)
        self.run_cmd([UNINSTALL, "--chromium-profile", profile])
        self.assertFalse(os.path.exists(profile))

    def test_chromium_profile_and_firefox_in_a_test_home(self):
        # what the end-to-end tests do: a private Chromium profile and a test HOME
        profile = os.path.join(self.tmp, "profile")
        self.run_cmd([INSTALL, "--chromium-profile", profile, "--home", self.home, "--browser", "firefox",
                      "--host", HOST])
        self.assertEqual(self.json_at(self.h(*FIREFOX_USER)), firefox_manifest(HOST))
        self.assertTrue(os.path.exists(os.path.join(profile, "NativeMessagingHosts", MANIFEST)))
        self.assertFalse(os.path.exists(self.h(".config")))

    def test_system_scope_in_a_staged_root(self):
        self.found("/usr/lib/chromium", "/usr/lib/firefox-esr", "/opt/google/chrome")
        before = snapshot(self.root)
        out = self.install("--system", "--prefix", "/usr/local").stdout
        host = "/usr/local/bin/smallprint-host"
        expect = {
            "/etc/chromium/native-messaging-hosts/" + MANIFEST: chromium_manifest(host),
            "/etc/opt/chrome/native-messaging-hosts/" + MANIFEST: chromium_manifest(host),
            "/usr/lib/mozilla/native-messaging-hosts/" + MANIFEST: firefox_manifest(host),
        }
        for path, content in expect.items():
            self.assertEqual(self.json_at(self.r(path)), content, path)
        self.assertIn("(Google Chrome, system-wide)", out)
        manifests = sorted("/" + k for k, v in snapshot(self.root).items()
                           if v[0] == "f" and k.endswith(MANIFEST) and "share/smallprint" not in k)
        self.assertEqual(manifests, sorted(expect))
        self.assertTrue(os.path.exists(self.r("/var/lib/smallprint/install-receipt.tsv")))
        self.assertFalse(os.path.exists(self.h(".config")))
        d = self.doctor("--system", expect=0).stdout
        self.assertIn("host starts and answers hello", d)
        self.uninstall("--system")
        self.assertEqual(snapshot(self.root), before)

    def test_brave_and_chromium_share_the_system_directory(self):
        self.found("/usr/lib/chromium", "/opt/brave.com/brave")
        out = self.install("--system", "--prefix", "/usr/local").stdout
        self.assertIn("same file", out)
        self.uninstall("--system")
        self.assertFalse(os.path.exists(self.r("/etc/chromium")))

    def test_macos_table(self):
        self.found("/Applications/Firefox.app", "/Applications/Google Chrome.app")
        self.install("--os", "macos", "--prefix", PREFIX)
        chrome = self.h("Library", "Application Support", "Google", "Chrome", "NativeMessagingHosts", MANIFEST)
        firefox = self.h("Library", "Application Support", "Mozilla", "NativeMessagingHosts", MANIFEST)
        self.assertEqual(self.json_at(chrome), chromium_manifest(STAGED_HOST))
        self.assertEqual(self.json_at(firefox), firefox_manifest(STAGED_HOST))
        self.install("--os", "macos", "--system", "--prefix", PREFIX)
        self.assertEqual(self.json_at(self.r("/Library/Google/Chrome/NativeMessagingHosts/" + MANIFEST)),
                         chromium_manifest(STAGED_HOST))
        self.assertEqual(self.json_at(self.r("/Library/Application Support/Mozilla/NativeMessagingHosts/" + MANIFEST)),
                         firefox_manifest(STAGED_HOST))
        self.assertTrue(os.path.exists(self.r("/Library/Application Support/smallprint/install-receipt.tsv")))
        d = self.doctor("--os", "macos", expect=0).stdout
        self.assertIn("Google Chrome", d)
        self.uninstall("--os", "macos", "--system")
        self.uninstall("--os", "macos")
        self.assertFalse(os.path.exists(chrome))
        self.assertFalse(os.path.exists(self.r("/Library/Google")))

    def test_sandboxed_browsers_are_named_not_registered(self):
        self.found("/snap/firefox", "~/.var/app/org.chromium.Chromium")
        p = self.install("--prefix", PREFIX)
        self.assertIn("Firefox (Snap) is a Snap: it runs in a sandbox", p.stderr)
        self.assertIn("Chromium (Flatpak) is a Flatpak", p.stderr)
        self.assertFalse(os.path.exists(self.h(*FIREFOX_USER)))
        d = self.doctor(expect=0).stdout
        self.assertIn("a Snap browser runs in a sandbox and cannot start smallprint-host", d)
        self.assertIn("a Flatpak browser runs in a sandbox", d)

    def test_print_manifest(self):
        out = self.run_cmd([INSTALL, "--print-manifest", "firefox", "--host", "/x/smallprint-host"]).stdout
        self.assertEqual(json.loads(out), firefox_manifest("/x/smallprint-host"))

    def test_paths_with_spaces_and_quotes(self):
        self.home = os.path.join(self.tmp, 'my "home" & co')
        os.makedirs(self.home)
        self.found("/usr/lib/chromium")
        self.install("--prefix", "/opt/odd dir")
        self.assertEqual(self.json_at(self.h(*CHROMIUM_USER)),
                         chromium_manifest("/opt/odd dir/bin/smallprint-host"))
        self.assertIn("host starts and answers hello", self.doctor(expect=0).stdout)
        self.uninstall()
        self.assertFalse(os.path.exists(self.h(".config")))

    def test_make_install_with_destdir_stages_files_and_registers_nothing(self):
        stage = os.path.join(self.tmp, "stage")
        p = self.run_cmd(["make", "--no-print-directory", "install", "DESTDIR=" + stage, "PREFIX=/usr"])
        files = sorted(k for k, v in snapshot(stage).items() if v[0] == "f")
        self.assertEqual(files, [os.path.join("usr", f) for f in PREFIX_FILES])
        self.assertEqual(self.json_at(os.path.join(stage, "usr/share/smallprint/manifests/chromium", MANIFEST)),
                         chromium_manifest("/usr/bin/smallprint-host"))
        self.assertNotIn("Registering", p.stdout)
        self.assertEqual(os.listdir(self.home), [])
        # make uninstall with the same DESTDIR and PREFIX takes the staged files away again
        self.run_cmd(["make", "--no-print-directory", "uninstall", "DESTDIR=" + stage, "PREFIX=/usr"])
        left = sorted(k for k, v in snapshot(stage).items() if v[0] == "f")
        self.assertEqual(left, [])
        self.assertEqual(os.listdir(self.home), [])


class Doctor(Base):
    """doctor reports each kind of broken registration, with a fix."""

    def setUp(self):
        super().setUp()
        self.found("/usr/lib/chromium", "~/.mozilla/firefox")
        self.install("--prefix", PREFIX)
        self.chromium = self.h(*CHROMIUM_USER)
        self.firefox = self.h(*FIREFOX_USER)

    def rewrite(self, path, obj=None, text=None):
        with open(path, "w") as f:
            f.write(text if text is not None else json.dumps(obj, indent=2))

    def assert_reports(self, *needles):
        p = self.doctor(expect=1)
        for n in needles:
            self.assertIn(n, p.stdout)
        self.assertIn("fix: ", p.stdout)
        return p.stdout

    def test_healthy_install(self):
        out = self.doctor(expect=0).stdout
        self.assertIn("ok    allows " + ORIGIN, out)
        self.assertIn("ok    allows " + GECKO, out)
        self.assertIn("host starts and answers hello: smallprint-host", out)
        self.assertIn("No problems found", out)

    def test_invalid_json(self):
        self.rewrite(self.chromium, text='{\n  "name": "%s",\n  "path": \n}\n' % NAME)
        self.assert_reports("not valid JSON: it goes wrong at line 4", "installers/install.sh --browser chromium")

    def test_missing_host(self):
        self.rewrite(self.chromium, chromium_manifest("/opt/gone/smallprint-host"))
        self.assert_reports('"path" names /opt/gone/smallprint-host, which does not exist')

    def test_host_not_executable(self):
        os.chmod(self.r(STAGED_HOST), 0o644)
        self.assert_reports("is not executable", "chmod 755")

    def test_relative_path(self):
        self.rewrite(self.firefox, firefox_manifest("bin/smallprint-host"))
        self.assert_reports('"path" is relative (bin/smallprint-host)')

    def test_origin_without_trailing_slash(self):
        self.rewrite(self.chromium, chromium_manifest(STAGED_HOST, [ORIGIN.rstrip("/")]))
        self.assert_reports("lacks the trailing slash", 'write "%s", with the slash' % ORIGIN)

    def test_wrong_origin(self):
        self.rewrite(self.chromium, chromium_manifest(STAGED_HOST, ["chrome-extension://%s/" % STORE_ID]))
        self.assert_reports("does not allow " + ORIGIN, "is forbidden")

    def test_wrong_name(self):
        m = chromium_manifest(STAGED_HOST)
        m["name"] = "org.smallprint.other"
        self.rewrite(self.chromium, m)
        self.assert_reports('"name" is "org.smallprint.other"')

    def test_missing_description(self):
        # measured: Chromium 156 and Firefox ESR 153 both refuse such a manifest
        m = chromium_manifest(STAGED_HOST)
        del m["description"]
        self.rewrite(self.chromium, m)
        f = firefox_manifest(STAGED_HOST)
        del f["description"]
        self.rewrite(self.firefox, f)
        out = self.assert_reports('no "description": Chromium rejects', 'no "description": Firefox rejects')
        self.assertEqual(out.count("FAIL"), 2)

    def test_chromium_manifest_in_firefox_directory(self):
        self.rewrite(self.firefox, chromium_manifest(STAGED_HOST))
        self.assert_reports("\"allowed_origins\" is Chromium's key", 'no "allowed_extensions"')

    def test_firefox_manifest_in_chromium_directory(self):
        self.rewrite(self.chromium, firefox_manifest(STAGED_HOST))
        self.assert_reports("this is a Firefox manifest")

    def test_gecko_id_missing(self):
        self.rewrite(self.firefox, firefox_manifest(STAGED_HOST, ["other@example.org"]))
        self.assert_reports("does not list " + GECKO)

    def test_rules_do_not_load(self):
        shutil.rmtree(self.r(PREFIX + "/share/smallprint/rules"))
        self.assert_reports("starts, but its rules do not load")

    def test_host_is_not_smallprint(self):
        fake = self.r("/opt/sp/bin/fake-host")
        with open(fake, "w") as f:
            f.write("#!/bin/sh\necho hello from another program\n")
        os.chmod(fake, 0o755)
        self.rewrite(self.chromium, chromium_manifest("/opt/sp/bin/fake-host"))
        out = self.assert_reports("without a framed JSON reply to hello")
        self.assertIn("host said:", out) if "host said" in out else None

    def test_browser_found_but_not_registered(self):
        os.remove(self.firefox)
        self.assert_reports("Firefox is installed, but smallprint is not registered for it",
                            "install.sh --browser firefox")

    def test_broken_user_manifest_shadows_a_good_system_one(self):
        self.install("--system", "--prefix", PREFIX)
        self.rewrite(self.chromium, text="{")
        out = self.assert_reports("not valid JSON")
        self.assertIn("use this per-user file even when it is broken", out)

    def test_writable_host_is_a_warning(self):
        os.chmod(self.r(STAGED_HOST), 0o777)
        out = self.doctor(expect=0).stdout
        self.assertIn("can be changed by other users", out)

    def test_usage_errors(self):
        p = self.run_cmd(DOCTOR + ["--browser", "mosaic"], expect=2)
        self.assertIn('unknown browser "mosaic"', p.stderr)
        self.run_cmd(DOCTOR + ["--bogus"], expect=2)


class Lint(unittest.TestCase):
    def test_shellcheck(self):
        if not shutil.which("shellcheck"):
            self.skipTest("shellcheck is not installed; the installers were not linted")
        p = subprocess.run(["shellcheck", "-x", "-s", "sh", "installers/install.sh", "installers/uninstall.sh",
                            "installers/doctor-table.sh"], cwd=TOP, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        self.assertEqual(p.returncode, 0, p.stdout)


class OneSourceOfTruth(unittest.TestCase):
    def test_doctor_table_is_generated_from_the_table(self):
        gen = subprocess.run([os.path.join(TOP, "installers", "doctor-table.sh")], stdout=subprocess.PIPE,
                             check=True).stdout.decode()
        with open(os.path.join(TOP, "host", "src", "doctor_table.h")) as f:
            self.assertEqual(f.read(), gen, "host/src/doctor_table.h is stale: run make doctor-table")

    def test_table_rows(self):
        ids = set()
        with open(os.path.join(TOP, "manifests", "browsers.tsv")) as f:
            for n, line in enumerate(f, 1):
                if line.startswith("#") or not line.strip():
                    continue
                fields = re.split(r"\t+", line.rstrip("\n"))
                self.assertEqual(len(fields), 7, "line %d" % n)
                bid, family, osname, scope, d, detect, title = fields
                ids.add(bid)
                self.assertIn(family, ("chromium", "firefox"))
                self.assertIn(osname, ("linux", "macos"))
                self.assertIn(scope, ("user", "system", "flatpak", "snap"))
                if scope in ("flatpak", "snap"):
                    self.assertEqual(d, "-")
                else:
                    self.assertRegex(d, r"^(/|\$HOME/|\$CONFIG/)")
                    self.assertTrue(d.endswith("NativeMessagingHosts") or d.endswith("native-messaging-hosts"), d)
        for required in ("chrome", "chromium", "edge", "brave", "vivaldi", "firefox"):
            self.assertIn(required, ids)

    def test_names_agree_everywhere(self):
        with open(os.path.join(TOP, "host", "src", "common.h")) as f:
            self.assertIn('#define SMALLPRINT_HOST_NAME "%s"' % NAME, f.read())
        # Chromium names hosts with [a-z0-9._] only
        self.assertRegex(NAME, r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
        with open(os.path.join(TOP, "extension", "manifest.json")) as f:
            m = json.load(f)
        self.assertEqual(m["browser_specific_settings"]["gecko"]["id"], GECKO)
        der = base64.b64decode(m["key"])
        ext_id = "".join("abcdefghijklmnop"[int(c, 16)] for c in hashlib.sha256(der).hexdigest()[:32])
        self.assertEqual(ext_id, IDS["chromium_id"])
        with open(os.path.join(TOP, "extension", "ID.md")) as f:
            idmd = f.read()
        for v in (IDS["chromium_id"], GECKO, NAME):
            self.assertIn(v, idmd)
        with open(os.path.join(TOP, "docs", "PROTOCOL.md")) as f:
            self.assertIn(NAME, f.read())

    def test_extension_code_uses_the_same_host_name(self):
        # any "org.smallprint.*" name in the extension's code must be the host's
        for root, dirs, files in os.walk(os.path.join(TOP, "extension")):
            dirs[:] = [d for d in dirs if d != "node_modules"]
            for name in files:
                if name.endswith((".js", ".mjs")):
                    with open(os.path.join(root, name), encoding="utf-8") as f:
                        for found in re.findall(r"org\.smallprint\.[A-Za-z0-9_.]*[A-Za-z0-9_]", f.read()):
                            self.assertEqual(found, NAME, os.path.join(root, name))

    def test_installers_never_spell_the_names_out(self):
        for script in ("install.sh", "uninstall.sh", "lib.sh", "install.ps1"):
            with open(os.path.join(TOP, "installers", script)) as f:
                text = f.read()
            for v in (NAME, IDS["chromium_id"], GECKO):
                self.assertNotIn(v, text, "%s spells out %s; read manifests/identity" % (script, v))


if __name__ == "__main__":
    if not os.access(HOST, os.X_OK):
        print("test_install.py: build/smallprint-host is missing (make first)", file=sys.stderr)
        sys.exit(1)
    unittest.main(verbosity=2)
