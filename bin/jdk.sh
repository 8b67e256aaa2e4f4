# Finds a JDK 25 or newer, in the places Maven's toolchain discovery looks.
# Sourced by ./chunkwise and ./mvnw; defines chunkwise_find_jdk, which prints the JDK's home.

chunkwise_jdk_major() { # JDK_HOME -> major version, or nothing
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  [ -n "$v" ] && echo "$v"
}

chunkwise_find_jdk() {
  local need=25 candidates=() d major home="${HOME:-/nonexistent}"   # HOME may be unset (env -i, cron)
  for var in CHUNKWISE_JAVA_HOME JAVA25_HOME JAVA_HOME; do
    [ -n "${!var:-}" ] && candidates+=("${!var}")
  done
  for d in /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
           "$home"/.sdkman/candidates/java/* "$home"/.jdks/* "$home"/.asdf/installs/java/* \
           "$home"/.local/share/mise/installs/java/* "$home"/.gradle/jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  # the one variable that is ours: a value that is not a JDK 25+ is a typo or a stale setting, said so
  if [ -n "${CHUNKWISE_JAVA_HOME:-}" ]; then
    major=$(chunkwise_jdk_major "$CHUNKWISE_JAVA_HOME") || major=
    [ "${major:-0}" -ge "$need" ] || echo "chunkwise: CHUNKWISE_JAVA_HOME=$CHUNKWISE_JAVA_HOME is not a JDK $need or newer${major:+ (it is a JDK $major)}; looking elsewhere" >&2
  fi
  for d in "${candidates[@]}"; do
    major=$(chunkwise_jdk_major "$d") || continue
    if [ "${major:-0}" -ge "$need" ]; then
      echo "$d"
      return 0
    fi
  done
  echo "chunkwise: needs a JDK $need or newer and found none (looked at JAVA_HOME, /usr/lib/jvm, /opt, SDKMAN, ~/.jdks). Install one (e.g. Temurin 25) or set CHUNKWISE_JAVA_HOME." >&2
  return 1
}
