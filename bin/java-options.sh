# JVM options the launcher's JVMs read from the environment, tried before they build or run anything.
# Sourced by the launcher.
#
# A JVM that cannot start with its options (-Xmx0, a misspelt -XX option) exits 1, which reads as
# "not found" or "findings", some of its words on stdout; with JAVA_TOOL_OPTIONS (or JDK_JAVA_OPTIONS,
# _JAVA_OPTIONS) the build fails too, which reads as an internal error (exit 4). The JVM reads those
# three itself, so a value is tried as it would read it; CHUNKWISE_JAVA_OPTS is the launcher's, given
# on the command line. Each is tried alone, so that the message names the one at fault, once per value,
# then remembered. Not with an agent, a recording or a log file, which a trial run would start or write too.
#
# chunkwise_check_java_options JDK_HOME MEMO_DIR: returns 2, the JVM's words and a line naming the
# variable on stderr, when the JVM does not start with one of them; MEMO_DIR remembers the values
# that started (nothing is remembered where it cannot be written: each run tries them again).
chunkwise_check_java_options() {
  local jdk="$1" memo="$2" var value ok trial failed
  local others=(-u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS)
  for var in JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS CHUNKWISE_JAVA_OPTS; do
    value="${!var:-}"
    [ -n "$value" ] || continue
    case "$value" in
      *-agentpath*|*-agentlib*|*-javaagent*|*StartFlightRecording*|*LogCompilation*|*LogFile*|*file=*) continue ;;
    esac
    ok="$memo/$(printf '%s=%s' "$var" "$value" | cksum | cut -d ' ' -f 1)"
    [ ! -f "$ok" ] || continue
    failed=0
    if [ "$var" = CHUNKWISE_JAVA_OPTS ]; then
      # shellcheck disable=SC2086 # a list of options, split as the launcher splits it
      trial="$(env "${others[@]}" "$jdk/bin/java" $value -version 2>&1)" || failed=1
    else
      trial="$(env "${others[@]}" "$var=$value" "$jdk/bin/java" -version 2>&1)" || failed=1
    fi
    if [ "$failed" = 1 ]; then
      printf '%s\n' "$trial" >&2
      echo "chunkwise: the JVM does not start with $var='$value' (above); mend or unset it" >&2
      return 2
    fi
    { mkdir -p "$memo" && touch "$ok"; } 2>/dev/null || true
  done
}
