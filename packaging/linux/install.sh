#!/bin/sh
# Install UA Writer for the current user, without root: run it from the unpacked
# uawriter-<version>-linux-x86_64 folder.
#
#   ./install.sh               install (or upgrade)
#   ./install.sh --uninstall   remove everything this script installed
#
# Where things go ($XDG_DATA_HOME is ~/.local/share unless set):
#   ~/.local/opt/uawriter/                        the app (the UAWriter folder)
#   ~/.local/bin/uawriter                         a launcher for the terminal
#   $XDG_DATA_HOME/applications/org.uawriter.UAWriter.desktop    the menu entry
#   $XDG_DATA_HOME/icons/hicolor/<size>/apps/org.uawriter.UAWriter.png (and scalable .svg)
#   $XDG_DATA_HOME/metainfo/org.uawriter.UAWriter.metainfo.xml   for software centres
# Your letters, drafts and settings live elsewhere (~/.local/share/uawriter) and are never
# touched by this script.
set -eu

APP_ID=org.uawriter.UAWriter
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt_dir=$HOME/.local/opt/uawriter
bin_dir=$HOME/.local/bin
launcher=$bin_dir/uawriter
apps_dir=$data_home/applications
icons_dir=$data_home/icons/hicolor
metainfo_dir=$data_home/metainfo
sizes="16 24 32 48 64 128 256 512"
marker="# UA Writer launcher (made by install.sh)"

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
    # Menus and icon themes notice new files by themselves on most desktops; these make
    # sure, where the tools exist. Failures here do not matter.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps_dir" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons_dir/index.theme" ]; then
        gtk-update-icon-cache -q -t "$icons_dir" 2>/dev/null || true
    fi
}

uninstall() {
    removed=0
    if [ -d "$opt_dir" ]; then rm -rf "$opt_dir"; removed=1; fi
    if [ -f "$launcher" ]; then
        if grep -q "^$marker" "$launcher" 2>/dev/null; then
            rm -f "$launcher"; removed=1
        else
            say "Left $launcher in place: it was not made by this script."
        fi
    fi
    for file in "$apps_dir/$APP_ID.desktop" "$metainfo_dir/$APP_ID.metainfo.xml" \
                "$icons_dir/scalable/apps/$APP_ID.svg"; do
        if [ -f "$file" ]; then rm -f "$file"; removed=1; fi
    done
    for size in $sizes; do
        file=$icons_dir/${size}x$size/apps/$APP_ID.png
        if [ -f "$file" ]; then rm -f "$file"; removed=1; fi
    done
    # folders left empty (only empty ones: rmdir refuses the others)
    for size in $sizes scalable; do
        dir=$icons_dir/${size}x$size
        [ "$size" = scalable ] && dir=$icons_dir/scalable
        rmdir "$dir/apps" "$dir" 2>/dev/null || true
    done
    rmdir "$metainfo_dir" 2>/dev/null || true
    rmdir "$HOME/.local/opt" 2>/dev/null || true
    refresh_caches
    if [ "$removed" = 1 ]; then
        say "UA Writer is uninstalled. Your letters and settings in $data_home/uawriter are kept."
    else
        say "UA Writer was not installed for $(id -un) (nothing to remove)."
    fi
}

install() {
    bundle=$here/UAWriter
    icons_src=$here/icons
    [ -x "$bundle/UAWriter" ] || die "no UAWriter/UAWriter next to this script: run it from the unpacked folder"
    [ -f "$here/$APP_ID.desktop" ] || die "no $APP_ID.desktop next to this script"
    [ -f "$icons_src/$APP_ID.svg" ] || die "no icons/$APP_ID.svg next to this script"
    if [ -e "$launcher" ] && ! grep -q "^$marker" "$launcher" 2>/dev/null; then
        die "$launcher exists and was not made by this script; move it away and run again"
    fi

    # Copy first, then swap: an interrupted upgrade leaves the old version working.
    mkdir -p "$HOME/.local/opt"
    rm -rf "$opt_dir.new"
    cp -R "$bundle" "$opt_dir.new"
    rm -rf "$opt_dir"
    mv "$opt_dir.new" "$opt_dir"
    exe=$opt_dir/UAWriter

    mkdir -p "$bin_dir"
    {
        printf '#!/bin/sh\n%s\n' "$marker"
        printf 'exec "%s" "$@"\n' "$exe"
    } > "$launcher"
    chmod 755 "$launcher"

    # The menu entry, pointing at the installed executable. The icon is found by name in
    # the hicolor theme below, in the size the menu needs.
    mkdir -p "$apps_dir"
    sed -e "s|^Exec=.*|Exec=\"$exe\"|" -e "s|^TryExec=.*|TryExec=$exe|" \
        "$here/$APP_ID.desktop" > "$apps_dir/$APP_ID.desktop"
    chmod 644 "$apps_dir/$APP_ID.desktop"

    for size in $sizes; do
        mkdir -p "$icons_dir/${size}x$size/apps"
        cp "$icons_src/$APP_ID-$size.png" "$icons_dir/${size}x$size/apps/$APP_ID.png"
    done
    mkdir -p "$icons_dir/scalable/apps"
    cp "$icons_src/$APP_ID.svg" "$icons_dir/scalable/apps/$APP_ID.svg"

    if [ -f "$here/$APP_ID.metainfo.xml" ]; then
        mkdir -p "$metainfo_dir"
        cp "$here/$APP_ID.metainfo.xml" "$metainfo_dir/$APP_ID.metainfo.xml"
    fi
    refresh_caches

    version=$("$exe" --version 2>/dev/null || true)
    say "Installed ${version:-UA Writer} for $(id -un):"
    say "  app:       $opt_dir"
    say "  menu:      $apps_dir/$APP_ID.desktop (look for \"UA Writer\" under Office)"
    say "  terminal:  $launcher"
    case ":$PATH:" in
        *":$bin_dir:"*) ;;
        *) say "  ($bin_dir is not on your PATH: start it from the menu, or log out and in again)" ;;
    esac
    say "To remove it: $here/install.sh --uninstall"
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown option: $1 (use --uninstall, or nothing to install)" ;;
esac
