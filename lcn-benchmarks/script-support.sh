# Shared by the measuring scripts beside this file (whole-process.sh, engine-ratio.sh), which
# source it after reading their options; not run on its own.

# Sets "jar" to target/benchmarks.jar beside this file, or exits saying how to build it; $1 is
# the calling script's name, for the message.
benchmarks_jar() {
  jar=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/benchmarks.jar
  if [ ! -f "$jar" ]; then
    echo "$1: $jar is missing; build it with" \
      "./mvnw -B -q package -DskipTests -pl lcn-benchmarks -am" >&2
    exit 2
  fi
}

# Installs each named Debian package whose command of the same name is missing (with sudo when
# not root).
require_commands() {
  local missing=() sudo=
  for c in "$@"; do
    command -v "$c" > /dev/null || missing+=("$c")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}
