#!/usr/bin/env bash
# Reproducible builds check: builds the published artifacts (jars, sources and javadoc jars,
# POMs, SBOMs) of a release version twice from clean and fails if any file differs.
#
#   release/check-reproducible.sh [VERSION]   VERSION defaults to .mvn/maven.config's without
#                                              -SNAPSHOT
#
# maven-artifact-plugin checks first that every plugin of the build plan is a version known to
# build reproducibly (artifact:check-buildplan), then records each build in a .buildinfo file
# (the JDK, OS and Maven used, and a SHA-512 of every output). The two records must be equal.
# Results: target/reproducible/ (the .buildinfo, and on a difference both copies of each
# differing file, to compare with diffoscope or unzip). Nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-reproducible: $*" >&2; exit 1; }

DEVELOPMENT_VERSION="$(sed -n 's/^-Drevision=//p' .mvn/maven.config)"
VERSION="${1:-${DEVELOPMENT_VERSION%-SNAPSHOT}}"
ARGS=(-B -q "-Drevision=$VERSION" -Dmaven.install.skip=true -Dmaven.test.skip=true
  -Dbuildinfo.ignoreJavadoc=false -Dbuildinfo.attach=false)
BUILDINFO="target/lcn-parent-$VERSION.buildinfo"

SAVE="$(mktemp -d)"
trap 'rm -rf "$SAVE"' EXIT

./mvnw -B -q "-Drevision=$VERSION" artifact:check-buildplan
for run in 1 2; do
  echo "check-reproducible: build $run of $VERSION"
  ./mvnw -B -q clean
  ./mvnw "${ARGS[@]}" verify artifact:buildinfo
  [ -f "$BUILDINFO" ] || fail "the build wrote no $BUILDINFO"
  mkdir -p "$SAVE/$run"
  cp "$BUILDINFO" "$SAVE/$run/"
  # Every output the record names, kept for a comparison file by file.
  for name in $(sed -n 's/^outputs\.[0-9.]*\.filename=//p' "$BUILDINFO"); do
    found="$(find . -path '*/target/*' -name "$name" | head -n 1)"
    if [ -n "$found" ]; then cp "$found" "$SAVE/$run/$name"; fi
  done
done

# "file sha512" for every output of a record.
outputs() {
  awk -F= '/^outputs\.[0-9.]+\.filename=/ { sub(/\.filename$/, "", $1); file[$1] = $2 }
           /^outputs\.[0-9.]+\.checksums\.sha512=/ { sub(/\.checksums\.sha512$/, "", $1); sum[$1] = $2 }
           END { for (k in file) print file[k], sum[k] }' "$1" | sort
}

rm -rf target/reproducible
mkdir -p target/reproducible
cp "$SAVE/1/lcn-parent-$VERSION.buildinfo" target/reproducible/
outputs "$SAVE/1/lcn-parent-$VERSION.buildinfo" > "$SAVE/1.outputs"
outputs "$SAVE/2/lcn-parent-$VERSION.buildinfo" > "$SAVE/2.outputs"
[ -s "$SAVE/1.outputs" ] || fail "the .buildinfo records no outputs"
DIFFERING="$(diff "$SAVE/1.outputs" "$SAVE/2.outputs" | sed -n 's/^[<>] \([^ ]*\) .*/\1/p' | sort -u)"
if [ -n "$DIFFERING" ]; then
  for name in $DIFFERING; do
    for run in 1 2; do
      mkdir -p "target/reproducible/$run"
      if [ -f "$SAVE/$run/$name" ]; then cp "$SAVE/$run/$name" "target/reproducible/$run/"; fi
    done
  done
  echo "check-reproducible: these outputs differ between two clean builds:" >&2
  echo "$DIFFERING" | sed 's/^/  - /' >&2
  fail "not reproducible: both copies of each are in target/reproducible/1 and 2"
fi
echo "check-reproducible: $(wc -l < "$SAVE/1.outputs") outputs identical in two clean builds;" \
  "record (JDK, OS, Maven, SHA-512s) in target/reproducible/lcn-parent-$VERSION.buildinfo"
