#!/usr/bin/env python3
"""Build the archives the extension stores take, from whatever extension/ holds.

    build/smallprint-<version>-chrome.zip    Chrome Web Store (and Edge Add-ons)
    build/smallprint-<version>-firefox.xpi   addons.mozilla.org

Both hold the extension's files minus tests and development files (see
EXCLUDED), with manifest.json at the root. The manifests differ:

  chrome   no "key": the Web Store refuses an upload that carries one and
           assigns its own id (register that id with
           installers/install.sh --extension-id ID); no
           "browser_specific_settings", which only Firefox reads.
  firefox  no "key" (Chromium's; Firefox warns about it).

Every file the manifest names (background, content scripts, icons, pages,
web-accessible resources) must be in the archive, or nothing is written.
The archives are reproducible: sorted entries, fixed timestamps and modes.
"""
import argparse
import fnmatch
import json
import os
import sys
import zipfile

# Paths (relative to extension/, '/'-separated) that never ship.
EXCLUDED_DIRS = {"test", "tests", "__tests__", "node_modules", "dev", "fixtures", "coverage"}
EXCLUDED_FILES = [
    "*.md", "*.map", "*.zip", "*.xpi", "*.crx", "*.pem",
    "*.test.js", "*.test.mjs", "*.spec.js", "*.spec.mjs",
    "package.json", "package-lock.json", "tsconfig.json", "jsconfig.json",
    "eslint.config.*", "web-ext-config.*", "Makefile",
]
FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def excluded(rel):
    parts = rel.split("/")
    if any(p.startswith(".") for p in parts):
        return True
    if any(p in EXCLUDED_DIRS for p in parts[:-1]):
        return True
    return any(fnmatch.fnmatch(parts[-1], pat) for pat in EXCLUDED_FILES)


def collect(ext_dir):
    files = []
    for root, dirs, names in os.walk(ext_dir):
        dirs.sort()
        for name in sorted(names):
            full = os.path.join(root, name)
            rel = os.path.relpath(full, ext_dir).replace(os.sep, "/")
            if not excluded(rel) and os.path.isfile(full):
                files.append(rel)
    return sorted(files)


def referenced(manifest):
    """Every file path the manifest names (globs in web_accessible_resources skipped)."""
    refs = []

    def add(v):
        if isinstance(v, str) and v and "*" not in v and "://" not in v:
            refs.append(v.lstrip("/"))
        elif isinstance(v, dict):
            for x in v.values():
                add(x)
        elif isinstance(v, list):
            for x in v:
                add(x)

    bg = manifest.get("background", {})
    add(bg.get("service_worker"))
    add(bg.get("scripts"))
    add(bg.get("page"))
    for cs in manifest.get("content_scripts", []):
        add(cs.get("js"))
        add(cs.get("css"))
    add(manifest.get("icons"))
    for key in ("action", "browser_action", "page_action"):
        if key in manifest:
            add(manifest[key].get("default_icon"))
            add(manifest[key].get("default_popup"))
    add(manifest.get("options_page"))
    add(manifest.get("options_ui", {}).get("page"))
    add(manifest.get("side_panel", {}).get("default_path"))
    add(manifest.get("sidebar_action", {}).get("default_panel"))
    add(manifest.get("storage", {}).get("managed_schema"))
    add(manifest.get("devtools_page"))
    for war in manifest.get("web_accessible_resources", []):
        add(war.get("resources") if isinstance(war, dict) else war)
    if "default_locale" in manifest:
        refs.append("_locales/%s/messages.json" % manifest["default_locale"])
    return refs


def store_manifest(manifest, store):
    m = json.loads(json.dumps(manifest))
    m.pop("key", None)
    if store == "chrome":
        m.pop("browser_specific_settings", None)
    return (json.dumps(m, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_archive(path, ext_dir, files, manifest_bytes):
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for rel in files:
            info = zipfile.ZipInfo(rel, FIXED_TIME)
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            if rel == "manifest.json":
                data = manifest_bytes
            else:
                with open(os.path.join(ext_dir, rel), "rb") as f:
                    data = f.read()
            z.writestr(info, data)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extension", default="extension")
    ap.add_argument("--out", default="build")
    args = ap.parse_args()

    mpath = os.path.join(args.extension, "manifest.json")
    try:
        with open(mpath, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print("package: cannot read %s: %s" % (mpath, e), file=sys.stderr)
        return 1
    version = manifest.get("version")
    if not isinstance(version, str) or not version:
        print("package: %s has no version" % mpath, file=sys.stderr)
        return 1
    gecko = manifest.get("browser_specific_settings", {}).get("gecko", {}).get("id")
    if not gecko:
        print("package: %s has no browser_specific_settings.gecko.id; "
              "addons.mozilla.org needs a fixed add-on id" % mpath, file=sys.stderr)
        return 1

    files = collect(args.extension)
    missing = [r for r in referenced(manifest) if r not in files]
    if missing:
        for r in missing:
            reason = "excluded as a development file" if os.path.exists(os.path.join(args.extension, r)) \
                else "missing"
            print("package: manifest.json names %s, which is %s" % (r, reason), file=sys.stderr)
        return 1

    os.makedirs(args.out, exist_ok=True)
    for store, ext in (("chrome", "zip"), ("firefox", "xpi")):
        out = os.path.join(args.out, "smallprint-%s-%s.%s" % (version, store, ext))
        write_archive(out, args.extension, files, store_manifest(manifest, store))
        print("package: %s (%d files, %d bytes)" % (out, len(files), os.path.getsize(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
