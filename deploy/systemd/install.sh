#!/usr/bin/env bash
# Installs (or upgrades) Service Point as a systemd service on this server, from a build of this checkout:
#   ./mvnw package -DskipTests && sudo deploy/systemd/install.sh
# Needs Java 17 (apt-get install openjdk-17-jre-headless) and, for PDF reports, chromium and fonts-thai-tlwg.
# An upgrade keeps /etc/servicepoint/servicepoint.env and the data; the schema is migrated at the next start.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=target/quarkus-app
[ -f "$app/quarkus-run.jar" ] || { echo "no $app/quarkus-run.jar: run ./mvnw package -DskipTests first" >&2; exit 1; }

id servicepoint >/dev/null 2>&1 ||
  useradd --system --user-group --home-dir /var/lib/servicepoint --shell /usr/sbin/nologin servicepoint
install -d -o servicepoint -g servicepoint -m 750 /var/lib/servicepoint
install -d -m 755 /opt/servicepoint
rm -rf /opt/servicepoint/quarkus-app.new
cp -r "$app" /opt/servicepoint/quarkus-app.new
cp README.md /opt/servicepoint/README.md
install -d -m 755 /opt/servicepoint/backup
install -m 755 deploy/backup/backup.sh deploy/backup/restore.sh /opt/servicepoint/backup/
# swap in one step, so a failed copy leaves the running version in place
rm -rf /opt/servicepoint/quarkus-app.old
if [ -d /opt/servicepoint/quarkus-app ]; then mv /opt/servicepoint/quarkus-app /opt/servicepoint/quarkus-app.old; fi
mv /opt/servicepoint/quarkus-app.new /opt/servicepoint/quarkus-app

install -d -m 750 -g servicepoint /etc/servicepoint
if [ ! -f /etc/servicepoint/servicepoint.env ]; then
  install -m 640 -g servicepoint deploy/systemd/servicepoint.env /etc/servicepoint/servicepoint.env
  # a session key of its own for this server, made once and kept across upgrades
  sed -i "s|^QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=.*|QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$(openssl rand -base64 32)|" \
    /etc/servicepoint/servicepoint.env
  echo "edit /etc/servicepoint/servicepoint.env (database, passwords, public address), then:"
  echo "  systemctl enable --now servicepoint"
fi
install -m 644 deploy/systemd/servicepoint.service /etc/systemd/system/servicepoint.service
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  if systemctl is-active --quiet servicepoint; then systemctl restart servicepoint; fi
fi
echo "installed: /opt/servicepoint/quarkus-app"
