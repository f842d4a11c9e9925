#!/usr/bin/env bash
# Builds the Service Point container image with Jib into target/image/service-point.tar, with no container daemon
# and no registry: load it with `docker load -i`, `podman load -i`, or copy it to a registry with
# `skopeo copy docker-archive:target/image/service-point.tar docker://registry.example.go.th/servicepoint/service-point:TAG`.
# The base image comes first (deploy/image/build-base-image.sh, as root), unless quarkus.jib.base-jvm-image names
# one in a registry. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=deploy/image/base.tar
if [ ! -f "$base" ] && [[ " $* " != *quarkus.jib.base-jvm-image* ]]; then
  echo "no base image at $base: run deploy/image/build-base-image.sh (as root) first" >&2
  exit 1
fi
export SERVICEPOINT_IMAGE_TAR=${SERVICEPOINT_IMAGE_TAR:-$PWD/target/image/service-point.tar}
./mvnw -B package -DskipTests -Dquarkus.container-image.build=true \
  -Dquarkus.jib.docker-executable-name="$PWD/deploy/image/docker-to-tar" "$@"
echo "image: $SERVICEPOINT_IMAGE_TAR"
