# installers/lib.sh - what install.sh and uninstall.sh share: options that
# choose where to look, the browser table, and the receipt. Sourced, not run.
#
# POSIX sh (dash, bash 3.2 on macOS). Paths may hold spaces; a path holding a
# newline, tab or other control character is refused.
#
# The receipt: every file and directory an install creates is written down in
# a tab-separated file (kind, path, checksum, note), so that uninstall.sh
# removes exactly that and nothing else:
#   per user     ${XDG_DATA_HOME:-~/.local/share}/smallprint/install-receipt.tsv
#   system-wide  /var/lib/smallprint/install-receipt.tsv (Linux)
#                /Library/Application Support/smallprint/install-receipt.tsv (macOS)
#   --chromium-profile DIR   DIR/smallprint-install-receipt.tsv

TAB=$(printf '\t')
NL='
'
DEFAULT_IFS=" $TAB$NL"
# Functions here keep their locals apart with a per-function prefix (POSIX sh
# has no `local`), because they call one another.

say() { [ "$QUIET" = 1 ] || printf '%s\n' "$*"; }
warn() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() {
    printf '%s: %s\n' "$PROG" "$*" >&2
    exit 2
}

# ---------------------------------------------------------------------------
# Where things are
# ---------------------------------------------------------------------------

LIB_DIR=$(cd "$(dirname "$0")" && pwd -P)
# The source tree and an installed tree (PREFIX/share/smallprint/) both keep
# manifests/ beside installers/.
DATA_DIR=$(cd "$LIB_DIR/.." && pwd -P)
MANIFESTS=$DATA_DIR/manifests
TABLE=$MANIFESTS/browsers.tsv
[ -r "$TABLE" ] || die "cannot read $TABLE (run this script from the smallprint tree or an installed copy)"
[ -r "$MANIFESTS/identity" ] || die "cannot read $MANIFESTS/identity"

# identity KEY: one value from manifests/identity.
identity() {
    v=$(sed -n "s/^$1=//p" "$MANIFESTS/identity")
    [ -n "$v" ] || die "$MANIFESTS/identity has no $1"
    printf '%s' "$v"
}
HOST_NAME=$(identity host_name)
CHROMIUM_ID=$(identity chromium_id)
GECKO_ID=$(identity gecko_id)
DESCRIPTION=$(identity description)

# ---------------------------------------------------------------------------
# Options both scripts take
# ---------------------------------------------------------------------------

SCOPE=""          # user | system ("" until decided)
SCOPE_GIVEN=""    # --user or --system was given
IMPLIED_SYSTEM="" # root without --user: system-wide
HOME_GIVEN=""     # --home was given
BROWSERS=""       # ids chosen with --browser, space-separated
HOME_DIR=""       # --home
ROOT=""           # --root: a staged tree every absolute path is written under
PROFILES=""       # --chromium-profile dirs, newline-separated
OS=""             # --os
DRY_RUN=0
QUIET=0

# common_option NAME VALUE: returns 0 and sets SHIFT (1 or 2) when it is one
# of the shared options, 1 when it is not.
common_option() {
    SHIFT=2
    case $1 in
    --user) SCOPE=user; SCOPE_GIVEN=1; SHIFT=1 ;;
    --system) SCOPE=system; SCOPE_GIVEN=1; SHIFT=1 ;;
    --browser)
        [ $# -ge 2 ] || die "--browser needs a name"
        BROWSERS="$BROWSERS $(printf '%s' "$2" | tr ',' ' ')" ;;
    --home)
        [ $# -ge 2 ] || die "--home needs a directory"
        HOME_DIR=$(absolute "$2")
        HOME_GIVEN=1 ;;
    --root)
        [ $# -ge 2 ] || die "--root needs a directory"
        ROOT=$(absolute "$2")
        [ "$ROOT" = / ] && ROOT="" ;;
    --chromium-profile)
        [ $# -ge 2 ] || die "--chromium-profile needs a directory (a Chromium --user-data-dir)"
        PROFILES="$PROFILES$(absolute "$2")$NL" ;;
    --os)
        [ $# -ge 2 ] || die "--os needs linux or macos"
        case $2 in linux | macos) OS=$2 ;; *) die "--os: expected linux or macos, got \"$2\"" ;; esac ;;
    --dry-run) DRY_RUN=1; SHIFT=1 ;;
    -q | --quiet) QUIET=1; SHIFT=1 ;;
    *) return 1 ;;
    esac
    return 0
}

# absolute PATH: PATH made absolute (not resolved: symlinks stay).
absolute() {
    check_text "$1"
    case $1 in
    /*) printf '%s' "$1" ;;
    *) printf '%s/%s' "$(pwd)" "$1" ;;
    esac
}

# check_text S: refuse control characters (they would corrupt the receipt and
# the JSON we write).
check_text() {
    case $1 in
    *[[:cntrl:]]*) die "refusing a value with a control character (newline, tab...): $(printf '%s' "$1" | tr '[:cntrl:]' '?')" ;;
    esac
}

# settle: fill in what the options left open.
settle() {
    if [ -z "$OS" ]; then
        case $(uname -s) in
        Linux) OS=linux ;;
        Darwin) OS=macos ;;
        *) die "$(uname -s) is not supported (Linux and macOS are; Windows has installers/install.ps1). --os linux forces the Linux table." ;;
        esac
    fi
    if [ -z "$SCOPE" ]; then
        # root registering "per user" would register for root's own browsers,
        # which is never what `sudo make install` means.
        if [ "$(id -u)" = 0 ] && [ -z "$HOME_DIR" ]; then
            SCOPE=system
            IMPLIED_SYSTEM=1
        else
            SCOPE=user
        fi
    fi
    [ -n "$HOME_DIR" ] || HOME_DIR=${HOME:-}
    [ -n "$HOME_DIR" ] || die "HOME is not set; pass --home DIR"
    # With --home the caller wants everything under that directory, so XDG
    # variables from the real environment are ignored.
    if [ -z "$HOME_GIVEN" ] && [ -n "${XDG_CONFIG_HOME:-}" ] && [ "${XDG_CONFIG_HOME#/}" != "$XDG_CONFIG_HOME" ]; then
        CONFIG_DIR=$XDG_CONFIG_HOME
    else
        CONFIG_DIR=$HOME_DIR/.config
    fi
    if [ -z "$HOME_GIVEN" ] && [ -n "${XDG_DATA_HOME:-}" ] && [ "${XDG_DATA_HOME#/}" != "$XDG_DATA_HOME" ]; then
        DATA_HOME=$XDG_DATA_HOME
    else
        DATA_HOME=$HOME_DIR/.local/share
    fi
    for b in $BROWSERS; do
        known_browser "$b" || die "unknown browser \"$b\"; known: $(browser_ids)"
    done
    # Table rows are used unless the only target named is a private profile.
    USE_TABLE=1
    if [ -n "$PROFILES" ] && [ -z "$BROWSERS" ] && [ -z "$SCOPE_GIVEN" ] && [ -z "$HOME_GIVEN" ]; then
        USE_TABLE=0
    fi
}

# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------

# expand P: a path from the table made real ($HOME, $CONFIG, --root).
expand() {
    case $1 in
    '$HOME'*) printf '%s%s' "$HOME_DIR" "${1#\$HOME}" ;;
    '$CONFIG'*) printf '%s%s' "$CONFIG_DIR" "${1#\$CONFIG}" ;;
    /*) printf '%s%s' "$ROOT" "$1" ;;
    *) die "$TABLE: a path must start with /, \$HOME or \$CONFIG: $1" ;;
    esac
}

# detected LIST: true when one path of the ':'-separated LIST exists.
detected() {
    IFS=:
    set -f
    for _dt_path in $1; do
        IFS=$DEFAULT_IFS
        if [ -e "$(expand "$_dt_path")" ]; then
            set +f
            return 0
        fi
        IFS=:
    done
    IFS=$DEFAULT_IFS
    set +f
    return 1
}

# rows: the table without comments, one row a line, fields joined by one tab.
rows() {
    sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' "$TABLE" | tr -s '\t'
}

browser_ids() { rows | cut -f1 | sort -u | tr '\n' ' '; }

known_browser() { rows | cut -f1 | grep -qx "$1"; }

chosen() {
    case " $BROWSERS " in *" $1 "*) return 0 ;; esac
    return 1
}

scope_words() {
    case $1 in
    user) printf 'per user' ;;
    system) printf 'system-wide' ;;
    profile) printf 'private profile' ;;
    *) printf '%s' "$1" ;;
    esac
}

# ---------------------------------------------------------------------------
# The receipt
# ---------------------------------------------------------------------------

# receipt_for KIND [PROFILE]: where the receipt of that target lives.
receipt_for() {
    case $1 in
    profile) printf '%s/smallprint-install-receipt.tsv' "$2" ;;
    system)
        if [ "$OS" = macos ]; then
            printf '%s/Library/Application Support/smallprint/install-receipt.tsv' "$ROOT"
        else
            printf '%s/var/lib/smallprint/install-receipt.tsv' "$ROOT"
        fi ;;
    *) printf '%s/smallprint/install-receipt.tsv' "$DATA_HOME" ;;
    esac
}

# checksum FILE: a short fingerprint, to tell a file we wrote from one
# someone changed since (cksum is POSIX; sha256sum is not on macOS).
checksum() { cksum <"$1" | awk '{print $1 "-" $2}'; }

# Entries gathered during a run: receipt<TAB>kind<TAB>path<TAB>sum<TAB>note
PENDING=""
record() { PENDING="$PENDING$1$TAB$2$TAB$3$TAB$4$TAB$5$NL"; }

RECEIPT_HEADER="# smallprint install receipt: what installers/install.sh wrote, so that
# installers/uninstall.sh removes exactly that. kind<TAB>path<TAB>checksum<TAB>note"

# receipt_entries FILE: its entries without comments (nothing when absent).
receipt_entries() {
    [ -f "$1" ] || return 0
    grep -v '^#' "$1" | grep -v '^$' || true
}

# receipt_store FILE ENTRIES: write FILE atomically, or remove it when no
# entry is left.
receipt_store() {
    if [ -z "$2" ]; then
        rm -f "$1"
        return 0
    fi
    _rs_tmp="$1.tmp.$$"
    { printf '%s\n' "$RECEIPT_HEADER"; printf '%s' "$2"; } >"$_rs_tmp" && mv -f "$_rs_tmp" "$1" ||
        { rm -f "$_rs_tmp"; die "cannot write the receipt $1"; }
}

# sandbox_note TITLE SCOPE: why a Flatpak or Snap browser cannot use the host.
sandbox_note() {
    case $2 in flatpak) _sn_kind=Flatpak ;; *) _sn_kind=Snap ;; esac
    printf '%s is a %s: it runs in a sandbox and cannot start smallprint-host, which lives outside it. Install the browser from your distribution (.deb/.rpm) or its maker'"'"'s own package, then run installers/install.sh again.' "$1" "$_sn_kind"
}
