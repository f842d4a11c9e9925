#!/usr/bin/env bash
# Builds the image Service Point runs on: Debian 12 with a Java 17 runtime, Chromium (for PDF reports) and Thai fonts,
# written as a docker-archive tar, with no container daemon. Jib then puts the application on top of it
# (deploy/README.md, "Container image"). Needs root (debootstrap, chroot) and Debian's package mirror.
#
#   sudo deploy/image/build-base-image.sh [output.tar]        default: deploy/image/base.tar
set -euo pipefail

out=$(realpath -m "${1:-deploy/image/base.tar}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
packages="openjdk-17-jre-headless chromium fonts-thai-tlwg ca-certificates tzdata curl"
uid=1001

command -v debootstrap >/dev/null || { echo "needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs

# debootstrap's own resolver cannot install Chromium (virtual dependencies): apt inside the new system does
debootstrap --variant=minbase bookworm "$rootfs" "$mirror"
# Chromium and the JRE get their security fixes from bookworm-security
cat >"$rootfs/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
SOURCES
mount -t proc proc "$rootfs/proc"
trap 'umount "$rootfs/proc" 2>/dev/null; rm -rf "$work"' EXIT
chroot "$rootfs" apt-get update -qq
DEBIAN_FRONTEND=noninteractive chroot "$rootfs" apt-get upgrade -y -qq
DEBIAN_FRONTEND=noninteractive chroot "$rootfs" apt-get install -y -qq --no-install-recommends $packages
chroot "$rootfs" apt-get clean
umount "$rootfs/proc"
chroot "$rootfs" useradd --uid "$uid" --gid 0 --create-home --home-dir /home/servicepoint servicepoint
chroot "$rootfs" install -d -o "$uid" -g 0 -m 775 /opt/servicepoint
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
    "$rootfs"/usr/share/man/*

mkdir -p "$work/image"
tar --numeric-owner --xattrs -C "$rootfs" -cf "$work/image/layer.tar" .
diff_id=$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8","TZ=Asia/Bangkok"],
           "User":"$uid","WorkingDir":"/opt/servicepoint"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"$created","created_by":"deploy/image/build-base-image.sh: debootstrap bookworm, apt-get install $packages"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["servicepoint-base:bookworm"],"Layers":["layer.tar"]}]' >"$work/image/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1))"
