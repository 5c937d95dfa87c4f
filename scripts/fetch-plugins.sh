#!/usr/bin/env sh
# Downloads the APOC (core) and neosemantics (n10s) plugins into ./plugins, from Maven Central.
# `partnergraph serve` loads them when the folder exists (jars in plugin_dir and on the classpath).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$here/plugins"
for artifact in \
  org.neo4j.procedure:apoc-core:5.26.19 \
  org.neo4j.procedure:apoc-common:5.26.19 \
  com.opencsv:opencsv:5.7.1 \
  org.neo4j:neosemantics:5.1.0.0; do
  mvn -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$here/plugins" -Dmdep.overWriteReleases=false
done
ls "$here/plugins"
