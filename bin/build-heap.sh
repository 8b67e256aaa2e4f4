# The maximum heap of an index build: the word build-heap in bin/command-jvm-options. Sourced by the
# launcher; the same as io.chunkwise.cli.BuildHeap (which says why, and which demo, profile and tune
# use for their child runs), and BuildHeapTest runs both on the same command lines.
#
# chunkwise_build_heap PROCESSORS ARG…: the command's arguments after its name; prints -XmxNm, or
# nothing for --strategy full, a heap above 1 GiB or arguments that do not parse.
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
      if (unit !~ /^[KMGTP](I?B)?$/) return -1
      base = length(unit) == 2 ? 1000 : 1024
      power = index("KMGTP", substr(unit, 1, 1))
      return int(number * base ^ power + 0.5)
    }
    BEGIN {
      mib = 1048576
      strategy = "parallel"; budget = 24 * mib; chunk = 8 * mib
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
      if (strategy !~ /^(chunked|mmap|parallel)$/ || chunk < 1 || chunk > 1024 * mib || workers < 1 || workers > 256 \
          || budget > 1024 * mib) exit
      in_flight = strategy == "parallel" ? 2 * workers : 1
      # as BuildHeap: 1.25 times the budget, 16 MiB for the JVM, the chunk buffers, entries in flight
      heap = int(budget / 4) * 5 + 16 * mib + int(2 * workers * chunk / 4) + int(in_flight * chunk / 2)
      if (heap > 1024 * mib) exit
      printf "-Xmx%dm\n", (heap < 64 * mib ? 64 * mib : heap + mib - 1) / mib
    }' "$@"
}
