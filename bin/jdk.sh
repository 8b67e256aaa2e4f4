# Finds a JDK 25 or newer, in the places Maven's toolchain discovery looks.
# Sourced by ./chunkwise and ./mvnw; defines chunkwise_find_jdk, which prints the JDK's home.

# Sets chunkwise_major to the JDK's major version, from its release file when it has one: without
# a fork, since the launcher tries every JDK of the machine on each run (a sed and a subshell per
# JDK were a few milliseconds each).
chunkwise_read_major() { # JDK_HOME
  local line v=
  chunkwise_major=
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"[0-9]*) v="${line#JAVA_VERSION=\"}"; v="${v%%[!0-9]*}"; break ;;
      esac
    done <"$1/release"
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  [ -n "$v" ] && chunkwise_major="$v"
}

chunkwise_find_jdk() {
  local need=25 candidates=() d javac home="${HOME:-/nonexistent}"   # HOME may be unset (env -i, cron)
  for var in CHUNKWISE_JAVA_HOME JAVA25_HOME JAVA_HOME; do
    [ -n "${!var:-}" ] && candidates+=("${!var}")
  done
  for d in /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
           "$home"/.sdkman/candidates/java/* "$home"/.jdks/* "$home"/.asdf/installs/java/* \
           "$home"/.local/share/mise/installs/java/* "$home"/.gradle/jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && candidates+=("$d")
  done
  # the one variable that is ours: a value that is not a JDK 25+ is a typo or a stale setting, said so
  if [ -n "${CHUNKWISE_JAVA_HOME:-}" ]; then
    chunkwise_read_major "$CHUNKWISE_JAVA_HOME" || true
    [ "${chunkwise_major:-0}" -ge "$need" ] || echo "chunkwise: CHUNKWISE_JAVA_HOME=$CHUNKWISE_JAVA_HOME is not a JDK $need or newer${chunkwise_major:+ (it is a JDK $chunkwise_major)}; looking elsewhere" >&2
  fi
  # the javac on PATH last, resolved only when no other place has a JDK 25
  for d in "${candidates[@]}" javac-on-path; do
    if [ "$d" = javac-on-path ]; then
      javac="$(command -v javac 2>/dev/null)" || break
      d="$(readlink -f "$javac")"
      d="${d%/*}"; d="${d%/*}"   # its JDK: two levels up, from bin/javac
    fi
    chunkwise_read_major "$d" || continue
    if [ "$chunkwise_major" -ge "$need" ]; then
      # its physical path: the launcher's caches remember the JDK they were made for, and the same
      # JDK reached by a link or written with a trailing slash is not another
      (cd -P -- "$d" 2>/dev/null && pwd) || echo "$d"
      return 0
    fi
  done
  echo "chunkwise: needs a JDK $need or newer and found none (looked at JAVA_HOME, /usr/lib/jvm, /opt, SDKMAN, ~/.jdks). Install one (e.g. Temurin 25) or set CHUNKWISE_JAVA_HOME." >&2
  return 1
}
