#!/usr/bin/env bash
# Installs the Debian packages the tests need and a fresh machine lacks (no browser download works here).
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless) # the W3C HTML checker (vnu-jar)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx) # the edge in front of next start
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}. Install them (sudo apt-get install -y ${missing[*]}) and run again." >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
