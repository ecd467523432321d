#!/usr/bin/env python3
"""make package: the store archives, from a throwaway extension tree built
here and from the real extension/."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PACKAGE = os.path.join(TOP, "installers", "package.py")

SHIPPED = ["manifest.json", "background.js", "content/marks.js", "content/marks.css", "icons/48.png",
           "_locales/en/messages.json", "lib/engine.mjs"]
NOT_SHIPPED = ["tests/engine.test.mjs", "lib/engine.test.mjs", "README.md", "package.json", "package-lock.json",
               ".eslintrc.json", "node_modules/x/index.js", "lib/engine.mjs.map", "fixtures/page.html",
               ".hidden/thing.js"]


def manifest(**extra):
    m = {"manifest_version": 3, "name": "t", "version": "1.2.3", "key": "AAAA", "default_locale": "en",
         "browser_specific_settings": {"gecko": {"id": "t@example.org"}},
         "background": {"service_worker": "background.js", "scripts": ["background.js"]},
         "content_scripts": [{"matches": ["<all_urls>"], "js": ["content/marks.js"], "css": ["content/marks.css"]}],
         "icons": {"48": "icons/48.png"}}
    m.update(extra)
    return m


class Package(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sp-package-")
        self.ext = os.path.join(self.tmp, "ext")
        self.out = os.path.join(self.tmp, "out")
        for rel in SHIPPED + NOT_SHIPPED:
            p = os.path.join(self.ext, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w") as f:
                f.write("// %s\n" % rel)
        self.write_manifest(manifest())

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write_manifest(self, m):
        with open(os.path.join(self.ext, "manifest.json"), "w") as f:
            json.dump(m, f)

    def package(self, expect=0):
        p = subprocess.run([sys.executable, PACKAGE, "--extension", self.ext, "--out", self.out],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        self.assertEqual(p.returncode, expect, p.stderr)
        return p

    def archive(self, store):
        name = "smallprint-1.2.3-%s.%s" % (store, "zip" if store == "chrome" else "xpi")
        return zipfile.ZipFile(os.path.join(self.out, name))

    def test_ships_the_extension_without_dev_files(self):
        self.package()
        for store in ("chrome", "firefox"):
            with self.archive(store) as z:
                self.assertEqual(sorted(z.namelist()), sorted(SHIPPED), store)

    def test_store_manifests(self):
        self.package()
        with self.archive("chrome") as z:
            m = json.loads(z.read("manifest.json"))
        self.assertNotIn("key", m)                         # the Web Store refuses it
        self.assertNotIn("browser_specific_settings", m)
        self.assertEqual(m["background"], manifest()["background"])
        with self.archive("firefox") as z:
            m = json.loads(z.read("manifest.json"))
        self.assertNotIn("key", m)
        self.assertEqual(m["browser_specific_settings"]["gecko"]["id"], "t@example.org")

    def test_reproducible(self):
        self.package()
        with open(os.path.join(self.out, "smallprint-1.2.3-chrome.zip"), "rb") as f:
            first = f.read()
        os.utime(os.path.join(self.ext, "background.js"), (1e9, 1e9))
        self.package()
        with open(os.path.join(self.out, "smallprint-1.2.3-chrome.zip"), "rb") as f:
            self.assertEqual(f.read(), first)

    def test_a_missing_referenced_file_stops_it(self):
        os.remove(os.path.join(self.ext, "content", "marks.css"))
        p = self.package(expect=1)
        self.assertIn("content/marks.css, which is missing", p.stderr)
        self.assertFalse(os.path.exists(self.out))

    def test_a_referenced_dev_file_stops_it(self):
        self.write_manifest(manifest(options_page="README.md"))
        p = self.package(expect=1)
        self.assertIn("README.md, which is excluded as a development file", p.stderr)

    def test_firefox_needs_a_fixed_id(self):
        m = manifest()
        del m["browser_specific_settings"]
        self.write_manifest(m)
        self.assertIn("gecko.id", self.package(expect=1).stderr)

    def test_the_real_extension_packages(self):
        out = os.path.join(self.tmp, "real")
        p = subprocess.run([sys.executable, PACKAGE, "--extension", os.path.join(TOP, "extension"), "--out", out],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(TOP, "extension", "manifest.json")) as f:
            version = json.load(f)["version"]
        for name in ("smallprint-%s-chrome.zip" % version, "smallprint-%s-firefox.xpi" % version):
            with zipfile.ZipFile(os.path.join(out, name)) as z:
                self.assertIn("manifest.json", z.namelist())
                for n in z.namelist():
                    self.assertFalse(n.endswith(".md") or "/tests/" in "/" + n or n.startswith("."), n)


if __name__ == "__main__":
    unittest.main(verbosity=2)
