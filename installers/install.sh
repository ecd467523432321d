#!/bin/sh
# install.sh - register smallprint's native messaging host with the browsers
# on this Linux or macOS machine, and say what was written where.
#
# Run it again at will: a manifest that is already right is left alone.
# installers/uninstall.sh removes exactly what this wrote (see the receipt in
# installers/lib.sh). The browser directories come from manifests/browsers.tsv,
# the names from manifests/identity.
set -eu
umask 022
PROG=install.sh

usage() {
    cat <<'EOF'
usage: installers/install.sh [options]

Registers smallprint-host with every browser found (per user by default) by
writing the host manifest where each browser looks for it.

Which host:
  (default)             the built tree (build/smallprint-host beside this
                        script), else the installed copy (PREFIX/bin)
  --host PATH           register this smallprint-host binary
  --prefix DIR          first copy the built host, its signed rules (build/rules,
                        or $SMALLPRINT_RULES_SIGNED), manifests and these
                        scripts under DIR (bin/, share/smallprint/), then
                        register DIR/bin/smallprint-host
  --files-only          with --prefix: copy, do not register
  --no-receipt          keep no receipt (for staged package trees)

Where:
  --user                per user (the default, except as root)
  --system              system-wide (the default as root; needs root)
  --browser NAME        only this browser, found or not; repeat or use commas.
                        Names: chrome chromium edge brave vivaldi firefox
                        librewolf (firefox covers ESR and Developer Edition)
  --chromium-profile DIR
                        write DIR/NativeMessagingHosts/ for a Chromium started
                        with --user-data-dir=DIR (alone, it touches nothing else)
  --home DIR            use DIR as the home directory (per-user paths, and
                        Firefox's ~/.mozilla); XDG_* variables are then ignored
  --root DIR            write every absolute path under DIR (a staged tree)
  --os linux|macos      use that table (default: this machine)

Which extensions may connect (besides the development build's fixed ids):
  --extension-id ID     also allow chrome-extension://ID/ (a store-assigned id)
  --gecko-id ID         also allow this Firefox add-on id

Other:
  --print-manifest chromium|firefox   print the manifest that would be written
  --dry-run             say what would be written, write nothing
  -q, --quiet           print only problems
  -h, --help
EOF
}

# shellcheck source=installers/lib.sh
. "$(dirname "$0")/lib.sh"

HOST=""
PREFIX=""
FILES_ONLY=0
NO_RECEIPT=0
PRINT=""
EXTRA_CHROMIUM=""
EXTRA_GECKO=""

while [ $# -gt 0 ]; do
    if common_option "$@"; then
        shift "$SHIFT"
        continue
    fi
    case $1 in
    --host)
        [ $# -ge 2 ] || die "--host needs a path"
        HOST=$(absolute "$2"); shift 2 ;;
    --prefix)
        [ $# -ge 2 ] || die "--prefix needs a directory"
        case $2 in /*) ;; *) die "--prefix must be absolute (the manifest names the host by its full path): $2" ;; esac
        check_text "$2"
        PREFIX=${2%/}; shift 2 ;;
    --files-only) FILES_ONLY=1; shift ;;
    --no-receipt) NO_RECEIPT=1; shift ;;
    --extension-id)
        [ $# -ge 2 ] || die "--extension-id needs an id"
        printf '%s\n' "$2" | grep -Eqx '[a-p]{32}' ||
            die "--extension-id: a Chromium extension id is 32 letters a-p (see chrome://extensions), got \"$2\""
        [ "$2" = "$CHROMIUM_ID" ] || EXTRA_CHROMIUM="$EXTRA_CHROMIUM $2"
        shift 2 ;;
    --gecko-id)
        [ $# -ge 2 ] || die "--gecko-id needs an id"
        # Firefox's own pattern for add-on ids (manifest.ExtensionID)
        printf '%s\n' "$2" | grep -Eqix '\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9._-]*@[a-z0-9._-]+' ||
            die "--gecko-id: expected an add-on id like name@example.org or {uuid}, got \"$2\""
        [ "$2" = "$GECKO_ID" ] || EXTRA_GECKO="$EXTRA_GECKO $2"
        shift 2 ;;
    --print-manifest)
        [ $# -ge 2 ] || die "--print-manifest needs chromium or firefox"
        case $2 in chromium | firefox) PRINT=$2 ;; *) die "--print-manifest: chromium or firefox" ;; esac
        shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) warn "unknown option \"$1\""; usage >&2; exit 2 ;;
    esac
done
[ -z "$HOST" ] || [ -z "$PREFIX" ] || die "--host and --prefix do not go together (--prefix installs the host it registers)"
[ "$FILES_ONLY" = 0 ] || [ -n "$PREFIX" ] || die "--files-only needs --prefix"
settle

# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

json_str() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
sed_repl() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

# render FAMILY HOST_PATH: the manifest for that browser family on stdout.
render() {
    if [ "$1" = chromium ]; then
        _allowed="\"chrome-extension://$CHROMIUM_ID/\""
        for _id in $EXTRA_CHROMIUM; do _allowed="$_allowed, \"chrome-extension://$_id/\""; done
    else
        _allowed="\"$GECKO_ID\""
        for _id in $EXTRA_GECKO; do _allowed="$_allowed, \"$_id\""; done
    fi
    sed -e "s|@HOST_NAME@|$(sed_repl "$(json_str "$HOST_NAME")")|g" \
        -e "s|@DESCRIPTION@|$(sed_repl "$(json_str "$DESCRIPTION")")|g" \
        -e "s|@ALLOWED@|$(sed_repl "$_allowed")|g" \
        -e "s|@HOST_PATH@|$(sed_repl "$(json_str "$2")")|g" \
        "$MANIFESTS/$1.json.in"
}

# hint PATH: why writing there may have failed.
hint() {
    if [ "$(id -u)" != 0 ] && [ -z "$ROOT" ]; then
        case $1 in
        "$HOME_DIR"/*) ;;
        *) printf ' (permission denied? system-wide paths need root: sudo %s ...)' "$0" ;;
        esac
    fi
}

# make_dirs DIR RECEIPT: create DIR and its missing parents, recording each.
make_dirs() {
    _md_dir=$1
    _md_todo=""
    while [ ! -d "$_md_dir" ]; do
        [ ! -e "$_md_dir" ] || die "$_md_dir exists and is not a directory"
        _md_todo="$_md_dir$NL$_md_todo"
        _md_dir=$(dirname "$_md_dir")
    done
    _md_ifs=$IFS
    IFS=$NL
    set -f
    for _md_one in $_md_todo; do
        mkdir "$_md_one" 2>/dev/null || die "cannot create $_md_one$(hint "$_md_one")"
        record "$2" dir "$_md_one" - -
    done
    set +f
    IFS=$_md_ifs
}

# put_file SRC DEST MODE RECEIPT KIND NOTE [LABEL]: copy SRC to DEST
# atomically (unless it is already identical) and record it.
put_file() {
    if [ -f "$2" ] && cmp -s "$1" "$2"; then
        _pf_status=unchanged
    elif [ -e "$2" ]; then
        _pf_status=replaced
    else
        _pf_status=wrote
    fi
    if [ "$DRY_RUN" = 1 ]; then
        [ "$_pf_status" = unchanged ] || _pf_status="would write"
    else
        if [ "$_pf_status" != unchanged ]; then
            make_dirs "$(dirname "$2")" "$4"
            _pf_tmp="$(dirname "$2")/.$(basename "$2").tmp.$$"
            if ! { cp "$1" "$_pf_tmp" && chmod "$3" "$_pf_tmp" && mv -f "$_pf_tmp" "$2"; } 2>/dev/null; then
                rm -f "$_pf_tmp" 2>/dev/null || true
                die "cannot write $2$(hint "$2")"
            fi
        fi
        [ "$NO_RECEIPT" = 1 ] || record "$4" "$5" "$2" "$(checksum "$2")" "$6"
    fi
    say "  $(printf '%-11s' "$_pf_status") $2${7:+   ($7)}"
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/smallprint-install.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

# ---------------------------------------------------------------------------
# The host
# ---------------------------------------------------------------------------

SCOPE_RECEIPT=$(receipt_for "$SCOPE")

if [ -n "$PREFIX" ]; then
    BUILT=$DATA_DIR/build/smallprint-host
    [ -x "$BUILT" ] || die "--prefix copies the built host, and $BUILT is missing: run make first (or use make install)"
    # the packs `make` signed (docs/RULES.md, "Signed packs"); a release
    # build points SMALLPRINT_RULES_SIGNED at the release-signed copies
    SIGNED=${SMALLPRINT_RULES_SIGNED:-$DATA_DIR/build/rules}
    ls "$SIGNED"/*.json.sig >/dev/null 2>&1 || die "--prefix: no signed rule packs in $SIGNED: run make first"
    HOST=$PREFIX/bin/smallprint-host
    if [ -z "$PRINT" ] && [ "$DRY_RUN" = 0 ]; then
        _top=$ROOT$PREFIX
        while [ ! -d "$_top" ]; do _top=$(dirname "$_top"); done
        [ -w "$_top" ] || die "cannot write under $ROOT$PREFIX ($_top is not writable): run it as root (sudo make install), or choose a prefix of your own: make install PREFIX=\$HOME/.local"
    fi
    [ -n "$PRINT" ] || {
        say "Installing smallprint under $ROOT$PREFIX"
        put_file "$BUILT" "$ROOT$HOST" 755 "$SCOPE_RECEIPT" file ""
        for f in "$SIGNED"/*.json "$SIGNED"/*.json.sig; do
            if [ -f "$f" ]; then
                put_file "$f" "$ROOT$PREFIX/share/smallprint/rules/${f##*/}" 644 "$SCOPE_RECEIPT" file ""
            fi
        done
        # the build's dev key comes along with packs it signed; release packs
        # need none (the release key is built into the host)
        if [ -z "${SMALLPRINT_RULES_SIGNED:-}" ] && [ -f "$DATA_DIR/build/trusted-keys" ]; then
            put_file "$DATA_DIR/build/trusted-keys" "$ROOT$PREFIX/share/smallprint/trusted-keys" 644 \
                "$SCOPE_RECEIPT" file ""
        fi
        for f in identity browsers.tsv chromium.json.in firefox.json.in; do
            put_file "$MANIFESTS/$f" "$ROOT$PREFIX/share/smallprint/manifests/$f" 644 "$SCOPE_RECEIPT" file ""
        done
        for f in install.sh uninstall.sh lib.sh; do
            put_file "$LIB_DIR/$f" "$ROOT$PREFIX/share/smallprint/installers/$f" 755 "$SCOPE_RECEIPT" file ""
        done
        # Ready-made manifests naming the installed host, for packagers who
        # link them into the browsers' system directories themselves.
        for fam in chromium firefox; do
            render "$fam" "$HOST" >"$WORK/$fam.json"
            put_file "$WORK/$fam.json" "$ROOT$PREFIX/share/smallprint/manifests/$fam/$HOST_NAME.json" 644 \
                "$SCOPE_RECEIPT" file "" "ready-made $fam manifest"
        done
    }
elif [ -z "$HOST" ]; then
    for candidate in "$DATA_DIR/build/smallprint-host" "$DATA_DIR/../../bin/smallprint-host"; do
        if [ -x "$candidate" ] && [ -f "$candidate" ]; then
            HOST=$(cd "$(dirname "$candidate")" && pwd -P)/smallprint-host
            break
        fi
    done
    [ -n "$HOST" ] || die "no smallprint-host found: run make first (looked for $DATA_DIR/build/smallprint-host and $DATA_DIR/../../bin/smallprint-host), or pass --host PATH"
fi

if [ -n "$PRINT" ]; then
    render "$PRINT" "$HOST"
    exit 0
fi
if [ "$FILES_ONLY" = 1 ]; then
    USE_TABLE=0
    PROFILES=""
fi

# The browser starts the host by the path in the manifest, so it must run
# (inside the staged tree, with --root).
if [ "$DRY_RUN" = 0 ] && [ "$FILES_ONLY" = 0 ] && ! { [ -f "$ROOT$HOST" ] && [ -x "$ROOT$HOST" ]; }; then
    die "$ROOT$HOST is not an executable file${ROOT:+ (with --root, the host must be inside the staged tree: use --prefix)}"
fi
if [ "$SCOPE" = system ] && [ "$USE_TABLE" = 1 ]; then
    if [ "$(id -u)" != 0 ] && [ -z "$ROOT" ] && [ "$DRY_RUN" = 0 ]; then
        die "--system writes under /etc or /Library: run it as root (sudo $0 --system ...), or leave out --system to register for yourself"
    fi
    case $HOST in
    "$HOME_DIR"/* | /home/* | /Users/* | /root/*)
        warn "the system-wide manifests will name $HOST, inside a home directory; other people's browsers may not be allowed to run it (make install PREFIX=/usr/local installs a shared copy)" ;;
    esac
fi

# ---------------------------------------------------------------------------
# Registering
# ---------------------------------------------------------------------------

render chromium "$HOST" >"$WORK/chromium.json"
render firefox "$HOST" >"$WORK/firefox.json"

[ "$FILES_ONLY" = 1 ] || say "Registering $HOST_NAME -> $HOST"
[ -z "$IMPLIED_SYSTEM" ] || [ "$USE_TABLE" = 0 ] ||
    say "  (running as root: registering system-wide; --user --home DIR registers for one person)"

DONE_PATHS="$NL"   # manifests written in this run (Brave and Chromium share one)
REGISTERED=""      # titles, for the summary
NOTES=""

register() { # DIR FAMILY RECEIPT NOTE LABEL
    _reg_file="$1/$HOST_NAME.json"
    case $DONE_PATHS in
    *"$NL$_reg_file$NL"*) say "  $(printf '%-11s' 'same file') $_reg_file   ($5)" ;;
    *)
        put_file "$WORK/$2.json" "$_reg_file" 644 "$3" manifest "$4" "$5"
        DONE_PATHS="$DONE_PATHS$_reg_file$NL" ;;
    esac
}

# Private Chromium profiles (--user-data-dir): the e2e tests' way in.
IFS=$NL
set -f
for p in $PROFILES; do
    IFS=$DEFAULT_IFS
    register "$p/NativeMessagingHosts" chromium "$(receipt_for profile "$p")" chromium "Chromium profile $p"
    REGISTERED="$REGISTERED, Chromium ($p)"
    IFS=$NL
done
set +f
IFS=$DEFAULT_IFS

if [ "$USE_TABLE" = 1 ]; then
    looked=""
    found_row=""
    rows >"$WORK/rows"
    while IFS=$TAB read -r id family os scope dir detect title <&3; do
        [ "$os" = "$OS" ] || continue
        case $scope in
        flatpak | snap)
            if { [ -z "$BROWSERS" ] || chosen "$id"; } && detected "$detect"; then
                NOTES="$NOTES$(sandbox_note "$title" "$scope")$NL"
            fi
            continue ;;
        esac
        [ "$scope" = "$SCOPE" ] || continue
        if [ -n "$BROWSERS" ]; then
            chosen "$id" || continue
            found_row="$found_row $id"
        else
            case $looked in *"$title"*) ;; *) looked="$looked${looked:+, }$title" ;; esac
            detected "$detect" || continue
        fi
        register "$(expand "$dir")" "$family" "$SCOPE_RECEIPT" "$id" "$title, $(scope_words "$scope")"
        case $REGISTERED in *"$title"*) ;; *) REGISTERED="$REGISTERED, $title" ;; esac
    done 3<"$WORK/rows"
    for b in $BROWSERS; do
        case " $found_row " in
        *" $b "*) ;;
        *) die "$b has no $(scope_words "$SCOPE") directory on $OS in $TABLE" ;;
        esac
    done
fi

# ---------------------------------------------------------------------------
# Receipts and summary
# ---------------------------------------------------------------------------

if [ "$DRY_RUN" = 0 ] && [ "$NO_RECEIPT" = 0 ] && [ -n "$PENDING" ]; then
    printf '%s' "$PENDING" | cut -f1 | sort -u >"$WORK/receipts"
    while IFS= read -r r <&3; do
        make_dirs "$(dirname "$r")" "$r"
        new=$(printf '%s' "$PENDING" | awk -F'\t' -v r="$r" '$1 == r' | cut -f2-)
        merged=$({
            receipt_entries "$r"
            printf '%s\n' "$new"
        } | awk -F'\t' '
            { key = $1 FS $2; if (!(key in line)) order[++n] = key; line[key] = $0 }
            END { for (i = 1; i <= n; i++) print line[order[i]] }')
        receipt_store "$r" "$merged$NL"
        say "Receipt: $r"
    done 3<"$WORK/receipts"
fi

if [ -n "$NOTES" ]; then
    printf '%s' "$NOTES" | while IFS= read -r n; do warn "note: $n"; done
fi
if [ "$FILES_ONLY" = 1 ]; then
    exit 0
elif [ -z "$REGISTERED" ]; then
    if [ "$USE_TABLE" = 1 ]; then
        warn "no browser found $(scope_words "$SCOPE") on $OS (looked for: $looked); nothing registered. Name one with --browser NAME to register anyway."
    fi
    exit 0
fi
say "Registered for: ${REGISTERED#, }"
[ "$DRY_RUN" = 1 ] || say "Check it: $HOST doctor"
say "Then load the extension in your browser: docs/INSTALL.md says how."
