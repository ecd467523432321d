#!/bin/sh
# uninstall.sh - remove exactly what installers/install.sh wrote, as its
# receipt lists it: manifests, copied files, and the directories it created
# (only when empty). A file changed since it was written is left alone.
set -eu
PROG=uninstall.sh

usage() {
    cat <<'USAGE'
usage: installers/uninstall.sh [options]

Removes what install.sh wrote, as listed in its receipt. Give the same
--user/--system, --home, --root and --chromium-profile as when installing.

  --user | --system     which receipt (per user by default, system as root)
  --browser NAME        only that browser's manifests (repeat or use commas)
  --chromium-profile DIR   the receipt kept in that private profile
  --home DIR, --root DIR, --os linux|macos   as for install.sh
  --dry-run             say what would be removed
  -q, --quiet
  -h, --help
USAGE
}

# shellcheck source=installers/lib.sh
. "$(dirname "$0")/lib.sh"

while [ $# -gt 0 ]; do
    if common_option "$@"; then
        shift "$SHIFT"
        continue
    fi
    case $1 in
    -h | --help) usage; exit 0 ;;
    *) warn "unknown option \"$1\""; usage >&2; exit 2 ;;
    esac
done
settle

verb() { if [ "$DRY_RUN" = 1 ]; then printf 'would remove'; else printf 'removed'; fi; }

# browser_match NOTE: is one of the manifest's browsers chosen?
browser_match() {
    for _b in $(printf '%s' "$1" | tr ',' ' '); do
        chosen "$_b" && return 0
    done
    return 1
}

# undo RECEIPT
undo() {
    _r=$1
    if [ ! -f "$_r" ]; then
        say "No receipt at $_r: nothing recorded there, nothing removed."
        return 0
    fi
    say "Undoing $_r"
    _keep=""
    _dirs=""
    _entries=$(receipt_entries "$_r")
    IFS=$NL
    set -f
    for _e in $_entries; do
        IFS=$DEFAULT_IFS
        _kind=$(printf '%s' "$_e" | cut -f1)
        _path=$(printf '%s' "$_e" | cut -f2)
        _sum=$(printf '%s' "$_e" | cut -f3)
        _note=$(printf '%s' "$_e" | cut -f4)
        case $_kind in
        dir) _dirs="$_dirs$_e$NL" ;;
        file | manifest)
            if [ -n "$BROWSERS" ] && { [ "$_kind" != manifest ] || ! browser_match "$_note"; }; then
                _keep="$_keep$_e$NL"
            elif [ ! -e "$_path" ]; then
                say "  already gone $_path"
            elif [ "$(checksum "$_path")" != "$_sum" ]; then
                warn "left $_path: it changed since install.sh wrote it (remove it yourself if you no longer need it)"
            else
                [ "$DRY_RUN" = 1 ] || rm -f "$_path" || die "cannot remove $_path"
                say "  $(verb) $_path"
            fi ;;
        *) warn "$_r: skipping an entry of unknown kind \"$_kind\"" ;;
        esac
        IFS=$NL
    done
    set +f
    IFS=$DEFAULT_IFS
    # Directories, deepest first, and only when nothing else lives there.
    _sorted=$(printf '%s' "$_dirs" | awk -F'\t' 'NF { p = $2; n = gsub("/", "/", p); print n "\t" $0 }' | sort -t "$TAB" -k1,1nr | cut -f2-)
    [ "$DRY_RUN" = 1 ] || receipt_store "$_r" "$_keep"
    IFS=$NL
    set -f
    for _e in $_sorted; do
        IFS=$DEFAULT_IFS
        _path=$(printf '%s' "$_e" | cut -f2)
        if [ ! -d "$_path" ]; then
            true
        elif [ "$DRY_RUN" = 1 ]; then
            say "  would remove $_path/ (if empty)"
        elif rmdir "$_path" 2>/dev/null; then
            say "  removed $_path/"
        elif [ -n "$_keep" ]; then
            _keep="$_keep$_e$NL"
        else
            say "  left $_path/ (not empty: it holds files install.sh did not write)"
        fi
        IFS=$NL
    done
    set +f
    IFS=$DEFAULT_IFS
    if [ "$DRY_RUN" = 0 ] && [ -n "$_keep" ]; then
        # keep the receipt's own directory around with the receipt
        mkdir -p "$(dirname "$_r")"
        receipt_store "$_r" "$_keep"
        say "  kept the receipt for what is left: $_r"
    fi
}

IFS=$NL
set -f
for p in $PROFILES; do
    IFS=$DEFAULT_IFS
    undo "$(receipt_for profile "$p")"
    IFS=$NL
done
set +f
IFS=$DEFAULT_IFS
[ "$USE_TABLE" = 0 ] || undo "$(receipt_for "$SCOPE")"
