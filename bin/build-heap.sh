# The maximum heap of an index build: the word build-heap in bin/command-jvm-options. Sourced by the
# launcher; the same as io.chunkwise.cli.BuildHeap (which says why, and which demo, profile and tune
# use for their child runs), and BuildHeapTest runs both on the same command lines.
#
# chunkwise_build_heap PROCESSORS ARG…: the command's arguments after its name; prints -XmxNm: the
# --memory-budget less the JVM's memory beside the heap, or without one the heap of the default sort
# buffers; nothing for --strategy full, a heap above 1 GiB without a budget or 64 GiB with one, a
# budget too small to build in, or arguments that do not parse.
chunkwise_build_heap() {
  local processors="$1"
  shift
  # the arguments are awk's operands (after its program, so none is read as an option of awk's)
  awk -v processors="$processors" '
    # a size as ByteSize reads it: 4096, 64KiB, 64MiB, 64m, 500MB, 1.5GB (binary units and bare
    # letters are powers of 1024, KB and MB of 1000); -1 when it is not one
    function size(text,   t, number, unit, base, power) {
      t = toupper(text)
      gsub(/^[ \t]+|[ \t]+$/, "", t)
      if (!match(t, /^[0-9]+(\.[0-9]+)?/)) return -1
      number = substr(t, 1, RLENGTH)
      unit = substr(t, RLENGTH + 1)
      sub(/^[ \t]+/, "", unit)
      if (unit == "" || unit == "B") return int(number + 0.5)
      if (unit !~ /^[KMGTPEZY](I?B)?$/) return -1
      base = length(unit) == 2 ? 1000 : 1024
      power = index("KMGTPEZY", substr(unit, 1, 1))
      return int(number * base ^ power + 0.5)
    }
    BEGIN {
      mib = 1048576
      strategy = "parallel"; budget = -1; chunk = 8 * mib
      workers = processors < 256 ? processors : 256
      for (i = 1; i < ARGC; i++) {
        arg = ARGV[i]; name = arg; value = ""
        eq = index(arg, "=")
        if (eq) { name = substr(arg, 1, eq - 1); value = substr(arg, eq + 1) }
        if (name != "--strategy" && name != "--memory-budget" && name != "--chunk-size" && name != "--workers") continue
        if (!eq) { if (i + 1 == ARGC) exit; value = ARGV[++i] }
        if (name == "--strategy") strategy = tolower(value)
        else if (name == "--memory-budget") { budget = size(value); if (budget < 0) exit }
        else if (name == "--chunk-size") { chunk = size(value); if (chunk < 0) exit }
        else { if (value !~ /^[+-]?[0-9]+$/) exit; workers = value + 0 }
      }
      if (strategy !~ /^(chunked|mmap|parallel)$/ || chunk < 1 || chunk > 1024 * mib || workers < 1 || workers > 256) exit
      in_flight = strategy == "parallel" ? 2 * workers : 1
      # as BuildBudget: beside the sort buffers, 16 MiB for the JVM, the chunk buffers (chunked reads
      # into one chunk, whatever the workers) and the entries in flight; beside the heap, 56 MiB,
      # 1 MiB per loading thread and for chunked the direct buffer its reads go through, a chunk
      buffers = strategy == "chunked" ? chunk : int(2 * workers * chunk / 4)
      beside_sort = 16 * mib + buffers + int(in_flight * chunk / 2)
      outside = 56 * mib + (strategy == "parallel" ? workers : 1) * mib + (strategy == "chunked" ? chunk : 0)
      if (budget < 0) {
        # no budget: 1.25 times the default sort buffers (24 MiB) and the rest, at least 64 MiB
        heap = int((30 * mib + beside_sort + mib - 1) / mib)
        if (heap > 1024) exit
        printf "-Xmx%dm\n", (heap < 64 ? 64 : heap)
        exit
      }
      # the budget less what is beside the heap, if it holds 1 MiB of sort buffers (1.25 MiB of heap)
      heap = budget > outside ? int((budget - outside) / mib) : 0
      if (heap * mib - beside_sort < 5 * mib / 4 || heap > 64 * 1024) exit
      printf "-Xmx%dm\n", heap
    }' "$@"
}

# chunkwise_reconcile_heap PROCESSORS: a reconciliation's maximum heap, the word reconcile-heap in
# bin/command-jvm-options: 128 MiB, or the default build's heap when more (io.chunkwise.cli.BuildHeap);
# nothing when the default build's heap has no bound (above 1 GiB), which leaves the JVM's default.
chunkwise_reconcile_heap() {
  local build
  build="$(chunkwise_build_heap "$1")"
  [ -n "$build" ] || return 0
  build="${build#-Xmx}"
  build="${build%m}"
  [ "$build" -gt 128 ] || build=128
  echo "-Xmx${build}m"
}

# The processors the JVM counts (Runtime.availableProcessors), which the build's default --workers
# is: the CPUs this process may run on (nproc), fewer when a CPU quota allows fewer (a container's
# --cpus, a pod's CPU limit), rounded up; the smallest quota of the process's cgroup and those above
# it, cgroup v2 (cpu.max) or v1 (cpu.cfs_quota_us). nproc alone counts the host's CPUs in such a
# container, and the heap would be sized for workers the build does not start.
#
# chunkwise_processors [CGROUP_MOUNT [PROC_SELF_CGROUP]]: /sys/fs/cgroup and /proc/self/cgroup unless given
chunkwise_processors() {
  local mount="${1:-/sys/fs/cgroup}" self="${2:-/proc/self/cgroup}" cpus controllers path dirs dir at quota period allowed
  # without the OpenMP variables, which nproc would print instead of the count
  cpus=$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc 2>/dev/null) || cpus=1
  [ "$cpus" -ge 1 ] 2>/dev/null || cpus=1
  # v2: "0::/PATH" and MOUNT/PATH/cpu.max; v1: "N:cpu,cpuacct:/PATH" and MOUNT/cpu,cpuacct/PATH (or MOUNT/cpu/PATH)
  while IFS=: read -r _ controllers path; do
    case ",$controllers," in
      ,,) dirs=("$mount") ;;
      *,cpu,*) dirs=("$mount/$controllers" "$mount/cpu") ;;
      *) continue ;;
    esac
    for dir in "${dirs[@]}"; do
      # the process's own cgroup and each one above it, to the mount's root (a container sees its own
      # cgroup there, whatever path the file names)
      at="$path"
      while :; do
        if [ -r "$dir$at/cpu.max" ]; then
          read -r quota period < "$dir$at/cpu.max" || true
        elif [ -r "$dir$at/cpu.cfs_quota_us" ] && [ -r "$dir$at/cpu.cfs_period_us" ]; then
          quota=$(cat "$dir$at/cpu.cfs_quota_us"); period=$(cat "$dir$at/cpu.cfs_period_us")
        else
          quota=max
        fi
        if [[ "$quota" =~ ^[0-9]+$ ]] && [[ "${period:-}" =~ ^[0-9]+$ ]] && [ "$quota" -gt 0 ] && [ "$period" -gt 0 ]; then
          allowed=$(( (quota + period - 1) / period ))
          [ "$allowed" -ge "$cpus" ] || cpus=$allowed
        fi
        [ -n "$at" ] && [ "$at" != / ] || break
        at="${at%/*}"
      done
    done
  done < <(cat "$self" 2>/dev/null)
  echo "$cpus"
}
