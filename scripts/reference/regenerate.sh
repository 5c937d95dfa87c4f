#!/usr/bin/env bash
# Regenerates src/main/resources/reference/{countries,regions,cities}.tsv from their sources:
#   npm packages pinned in scripts/reference/package-lock.json (installed into a temporary directory),
#   Debian's iso-codes, the JDK's java.util.Locale, and the curated files in src/main/resources/reference
#   (countries-extra.tsv, regions-extra.tsv, cities-extra.tsv, stoplist.tsv).
# Same inputs give the same files. Sources, versions and licences: src/main/resources/reference/LICENSE-DATA.md.
#
# Usage (from anywhere): scripts/reference/regenerate.sh
# Needs node and npm (the npm registry), java 17, and Debian's iso-codes (installed here when run as root).
# What it decided (places left out, names qualified) goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/reference
ISO_CODES_PINNED=4.15.0-1
JAVA_PINNED=17

iso_json=/usr/share/iso-codes/json/iso_3166-2.json
if [ ! -f "$iso_json" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q iso-codes >&2
  else
    echo "regenerate.sh: Debian's iso-codes is missing: apt-get install iso-codes" >&2
    exit 1
  fi
fi
iso_version=$(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null || echo unknown)
if [ "$iso_version" != "$ISO_CODES_PINNED" ]; then
  echo "regenerate.sh: warning: iso-codes $iso_version, the committed data was made with $ISO_CODES_PINNED" >&2
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$java_major" != "$JAVA_PINNED" ]; then
  echo "regenerate.sh: warning: Java $java_major, the committed data was made with Java $JAVA_PINNED (country names come from its Locale data)" >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/partnergraph-reference.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$tmp/"
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
java "$here/JdkCountries.java" > "$tmp/jdk-countries.tsv"

node "$here/regenerate.js" \
  --modules "$tmp/node_modules" \
  --jdk "$tmp/jdk-countries.tsv" \
  --iso-codes "$iso_json" \
  --iso-codes-version "$iso_version"
