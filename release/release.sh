#!/usr/bin/env bash
# Builds, checks and uploads a release of the LCN SDK to Maven Central (see RELEASING.md).
#
#   release/release.sh 0.1.0             the release: tests, signed bundle with your GPG key,
#                                        the bundle checked, then uploaded to the Central Portal
#                                        for you to publish there (credentials: CENTRAL_USERNAME,
#                                        CENTRAL_PASSWORD, a Central Portal user token)
#   release/release.sh --dry-run [0.1.0] the same bundle signed with a throwaway key generated
#                                        into target/, checked (and the checker tested on broken
#                                        copies of it); nothing is uploaded. The version defaults
#                                        to the one in .mvn/maven.config without -SNAPSHOT.
#
# Neither installs anything into the local Maven repository (~/.m2): the bundle is staged under
# target/ only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

# Published artifacts, and the modules of the reactor that must stay out of the bundle.
PUBLISH="lcn-parent,lcn-bom,lcn-model,lcn-indicators,lcn-serialization,lcn-excel,lcn-testkit,lcn-cli"
EXCLUDE="lcn-examples,lcn-benchmarks,lcn-testkit-tests,lcn-consumer-it"

fail() { echo "release: $*" >&2; exit 1; }

DRY_RUN=false
if [ "${1:-}" = "--dry-run" ]; then DRY_RUN=true; shift; fi
DEVELOPMENT_VERSION="$(sed -n 's/^-Drevision=//p' .mvn/maven.config)"
VERSION="${1:-}"
if [ -z "$VERSION" ]; then
  $DRY_RUN || fail "name the version to release, e.g. release/release.sh ${DEVELOPMENT_VERSION%-SNAPSHOT}"
  VERSION="${DEVELOPMENT_VERSION%-SNAPSHOT}"
fi
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] \
  || fail "version '$VERSION' is not a release version MAJOR.MINOR.PATCH"
command -v gpg >/dev/null || fail "gpg is missing (Debian: apt-get install gnupg)"

MAVEN_ARGS=(-B -P release "-Drevision=$VERSION" -Dmaven.install.skip=true -DskipUpload=true)
# Cleaned first and on its own: a clean inside the release build would delete target/ of the
# root, with the dry run's key ring, while the modules are still being signed.
./mvnw -B -q clean
if $DRY_RUN; then
  WORK="$ROOT/target/release-dry-run"
  mkdir -p "$WORK/gnupg"
  chmod 700 "$WORK/gnupg"
  export GNUPGHOME="$WORK/gnupg"
  export MAVEN_GPG_PASSPHRASE="dry-run-$RANDOM$RANDOM"
  trap 'gpgconf --kill gpg-agent >/dev/null 2>&1 || true' EXIT
  gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
    --quick-gen-key "LCN SDK release dry run (throwaway) <dry-run@example.invalid>" \
    ed25519 sign 1d 2>/dev/null
  KEY="$(gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" {print $10; exit}')"
  [ -n "$KEY" ] || fail "could not generate the throwaway GPG key in $GNUPGHOME"
  echo "release: dry run of $VERSION, signed with the throwaway key $KEY (in $GNUPGHOME)"
  # The tests ran before (CI runs ./mvnw -B verify first); the dry run is about the bundle.
  MAVEN_ARGS+=("-Dgpg.keyname=$KEY" -Dmaven.test.skip=true -Dinvoker.skip=true)
else
  [ -z "$(git status --porcelain)" ] || fail "the working tree has uncommitted changes"
  grep -q "<artifactId>lcn-bom</artifactId>" README.md \
    && grep -A1 "<artifactId>lcn-bom</artifactId>" README.md | grep -q "<version>$VERSION</version>" \
    || fail "README.md's coordinates do not name $VERSION (RELEASING.md, step 1)"
  grep -q "^## \[$VERSION\]" CHANGELOG.md \
    || fail "CHANGELOG.md has no section '## [$VERSION]' (RELEASING.md, step 1)"
  [ -n "${CENTRAL_USERNAME:-}" ] && [ -n "${CENTRAL_PASSWORD:-}" ] \
    || fail "set CENTRAL_USERNAME and CENTRAL_PASSWORD to a Central Portal user token"
  gpg --batch --list-secret-keys ${LCN_GPG_KEY:+"$LCN_GPG_KEY"} >/dev/null 2>&1 \
    || fail "no GPG secret key${LCN_GPG_KEY:+ $LCN_GPG_KEY} to sign with"
  if [ -n "${LCN_GPG_KEY:-}" ]; then MAVEN_ARGS+=("-Dgpg.keyname=$LCN_GPG_KEY"); fi
fi

echo "release: ./mvnw ${MAVEN_ARGS[*]} deploy"
./mvnw "${MAVEN_ARGS[@]}" deploy

# The plugin writes the bundle under the first project of the reactor (today lcn-bom).
mapfile -t BUNDLES < <(find . -path '*/target/central-publishing/central-bundle.zip')
[ "${#BUNDLES[@]}" -eq 1 ] \
  || fail "expected one central-bundle.zip under */target/central-publishing, found ${#BUNDLES[@]}"
BUNDLE="${BUNDLES[0]}"

CHECK_ARGS=(--bundle "$BUNDLE" --version "$VERSION" --publish "$PUBLISH" --exclude "$EXCLUDE"
  --license LICENSE --notice NOTICE)
if $DRY_RUN; then CHECK_ARGS+=(--self-test); fi
java release/CentralBundleCheck.java "${CHECK_ARGS[@]}"

if $DRY_RUN; then
  cp "$BUNDLE" "$WORK/central-bundle-$VERSION.zip"
  echo "release: dry run passed: $WORK/central-bundle-$VERSION.zip (not uploaded)"
  exit 0
fi

# The bundle that was checked is the one uploaded (USER_MANAGED: you publish it in the portal).
TOKEN="$(printf '%s:%s' "$CENTRAL_USERNAME" "$CENTRAL_PASSWORD" | base64 | tr -d '\n')"
DEPLOYMENT="$(curl --fail-with-body --silent --show-error \
  -H "Authorization: Bearer $TOKEN" \
  -F "bundle=@$BUNDLE" \
  "https://central.sonatype.com/api/v1/publisher/upload?publishingType=USER_MANAGED&name=lcn-$VERSION")" \
  || fail "the upload to the Central Portal failed: $DEPLOYMENT"
echo "release: uploaded as deployment $DEPLOYMENT; check and publish it at" \
  "https://central.sonatype.com/publishing/deployments, then tag: git tag -s v$VERSION"
