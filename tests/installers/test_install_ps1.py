#!/usr/bin/env python3
"""installers/install.ps1 without PowerShell (Debian has none, and PowerShell
off Windows has no registry).

The script keeps its tables as tab-separated here-strings and turns them into
registry keys and manifest paths with two one-line functions. This test
parses those blocks and functions out of the script, evaluates them the way
the script does, and asserts every key and path, for each browser and both
scopes, against values written out here independently. What it cannot show
is that Windows, the registry provider and the browsers behave as described:
the script has not been run on a real Windows machine.
"""
import csv
import io
import os
import re
import unittest

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PS1 = os.path.join(TOP, "installers", "install.ps1")

EXPECTED = {
    # (scope, browser): (registry key, manifest file it points at)
    ("user", "chrome"): (r"HKCU:\Software\Google\Chrome\NativeMessagingHosts\org.smallprint.host",
                         r"%LOCALAPPDATA%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("user", "chromium"): (r"HKCU:\Software\Chromium\NativeMessagingHosts\org.smallprint.host",
                           r"%LOCALAPPDATA%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("user", "edge"): (r"HKCU:\Software\Microsoft\Edge\NativeMessagingHosts\org.smallprint.host",
                       r"%LOCALAPPDATA%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("user", "brave"): (r"HKCU:\Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\org.smallprint.host",
                        r"%LOCALAPPDATA%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("user", "vivaldi"): (r"HKCU:\Software\Vivaldi\NativeMessagingHosts\org.smallprint.host",
                          r"%LOCALAPPDATA%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("user", "firefox"): (r"HKCU:\Software\Mozilla\NativeMessagingHosts\org.smallprint.host",
                          r"%LOCALAPPDATA%\smallprint\manifests\firefox\org.smallprint.host.json"),
    ("user", "librewolf"): (r"HKCU:\Software\LibreWolf\NativeMessagingHosts\org.smallprint.host",
                            r"%LOCALAPPDATA%\smallprint\manifests\firefox\org.smallprint.host.json"),
    ("system", "chrome"): (r"HKLM:\Software\Google\Chrome\NativeMessagingHosts\org.smallprint.host",
                           r"%ProgramFiles%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("system", "chromium"): (r"HKLM:\Software\Chromium\NativeMessagingHosts\org.smallprint.host",
                             r"%ProgramFiles%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("system", "edge"): (r"HKLM:\Software\Microsoft\Edge\NativeMessagingHosts\org.smallprint.host",
                         r"%ProgramFiles%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("system", "brave"): (r"HKLM:\Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\org.smallprint.host",
                          r"%ProgramFiles%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("system", "vivaldi"): (r"HKLM:\Software\Vivaldi\NativeMessagingHosts\org.smallprint.host",
                            r"%ProgramFiles%\smallprint\manifests\chromium\org.smallprint.host.json"),
    ("system", "firefox"): (r"HKLM:\Software\Mozilla\NativeMessagingHosts\org.smallprint.host",
                            r"%ProgramFiles%\smallprint\manifests\firefox\org.smallprint.host.json"),
    ("system", "librewolf"): (r"HKLM:\Software\LibreWolf\NativeMessagingHosts\org.smallprint.host",
                              r"%ProgramFiles%\smallprint\manifests\firefox\org.smallprint.host.json"),
}


def read_script():
    with open(PS1, encoding="utf-8") as f:
        return f.read()


def here_strings(text):
    """$Name = @' ... '@ blocks (PowerShell literal here-strings)."""
    blocks = {}
    for m in re.finditer(r"^\$(\w+)\s*=\s*@'\r?\n(.*?)\r?\n'@\s*$", text, re.S | re.M):
        blocks[m.group(1)] = m.group(2)
    return blocks


def table(block):
    """ConvertFrom-Csv -Delimiter "`t": the first line names the columns."""
    rows = list(csv.DictReader(io.StringIO(block), delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        assert None not in r and None not in r.values(), "ragged row in a table: %r" % r
    return rows


def function_body(text, name):
    m = re.search(r"^function %s\(([^)]*)\)\s*\{(.*?)\}\s*$" % re.escape(name), text, re.S | re.M)
    assert m, "function %s not found" % name
    return m.group(1), " ".join(m.group(2).split())


def identity():
    ids = {}
    with open(os.path.join(TOP, "manifests", "identity")) as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                k, v = line.rstrip("\n").split("=", 1)
                ids[k] = v
    return ids


class InstallPs1(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = read_script()
        cls.blocks = here_strings(cls.text)
        cls.host = identity()["host_name"]

    def test_tables_are_present(self):
        self.assertEqual(sorted(self.blocks), ["BrowserTable", "LayoutTable", "ManifestTable"])

    def test_functions_build_keys_and_paths_from_the_tables(self):
        # The script's two composing functions, exactly: if they change, the
        # evaluation below must change with them.
        params, body = function_body(self.text, "Get-RegistryKey")
        self.assertEqual(params.replace(" ", ""), "$Hive,$Row,$HostName")
        self.assertEqual(body, '"${Hive}:\\$($Row.key)\\$HostName"')
        params, body = function_body(self.text, "Get-ManifestPath")
        self.assertEqual(params.replace(" ", ""), "$Dir,$Family,$HostName")
        self.assertEqual(body, "$file = ($ManifestRows | Where-Object { $_.family -eq $Family }).file "
                               "Join-Path $Dir ($file -replace '\\{host\\}', $HostName)")

    def evaluate(self):
        """What the script writes, computed as its functions compute it."""
        layout = {r["scope"]: r for r in table(self.blocks["LayoutTable"])}
        files = {r["family"]: r["file"] for r in table(self.blocks["ManifestTable"])}
        got = {}
        for scope, lay in layout.items():
            for row in table(self.blocks["BrowserTable"]):
                key = "%s:\\%s\\%s" % (lay["hive"], row["key"], self.host)    # Get-RegistryKey
                path = lay["dir"] + "\\" + files[row["family"]].replace("{host}", self.host)  # Get-ManifestPath
                got[(scope, row["id"])] = (key, path)
        return got

    def test_every_key_and_manifest_path(self):
        got = self.evaluate()
        self.assertEqual(sorted(got), sorted(EXPECTED))
        for k in sorted(EXPECTED):
            self.assertEqual(got[k], EXPECTED[k], k)

    def test_detect_keys_are_the_browsers_own(self):
        for row in table(self.blocks["BrowserTable"]):
            self.assertEqual(row["key"], row["detect"] + "\\NativeMessagingHosts", row["id"])
            self.assertIn(row["family"], ("chromium", "firefox"))

    def test_browser_ids_match_the_unix_table(self):
        unix = set()
        with open(os.path.join(TOP, "manifests", "browsers.tsv")) as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    unix.add(re.split(r"\t+", line)[0])
        self.assertEqual({r["id"] for r in table(self.blocks["BrowserTable"])}, unix)

    def test_names_come_from_the_identity_file(self):
        ids = identity()
        for v in ids.values():
            self.assertNotIn(v, self.text)
        self.assertIn("manifests\\identity", self.text)
        for key in ("host_name", "chromium_id", "gecko_id", "description"):
            self.assertIn("'%s'" % key, self.text)

    def test_manifests_are_written_without_a_bom(self):
        # Firefox's JSON reader refuses a byte-order mark; Set-Content -Encoding UTF8 writes one on 5.1
        self.assertNotRegex(self.text, r"Set-Content|Out-File")
        self.assertIn("New-Object Text.UTF8Encoding $false", self.text)

    def test_says_it_is_untested(self):
        self.assertIn("UNTESTED ON A REAL WINDOWS MACHINE", self.text)
        with open(os.path.join(TOP, "docs", "INSTALL.md")) as f:
            self.assertIn("not been tested on a real Windows machine", f.read())


if __name__ == "__main__":
    unittest.main(verbosity=2)
