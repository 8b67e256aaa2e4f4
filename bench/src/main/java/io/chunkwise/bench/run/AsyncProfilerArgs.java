package io.chunkwise.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes JMH's {@code -prof async} work without installing async-profiler: JMH loads the library
 * from {@code java.library.path} unless given {@code libPath}, so every {@code -prof async} (with
 * or without options) that names no {@code libPath} gets the bundled library's path, and output
 * goes under the results directory unless a {@code dir} is given.
 */
public final class AsyncProfilerArgs {
    private AsyncProfilerArgs() {
    }

    /**
     * Rewrites the {@code -prof async…} arguments of a JMH command line.
     *
     * @param jmhArgs the JMH options as given
     * @param library supplies the bundled library's path; called only when needed
     * @param outputDir where flame graphs go when the user named no {@code dir}
     * @return the arguments with {@code libPath} (and {@code dir}) filled in
     */
    public static List<String> rewrite(List<String> jmhArgs, Supplier<Path> library, Path outputDir) {
        List<String> out = new ArrayList<>(jmhArgs.size());
        Path lib = null;
        for (int i = 0; i < jmhArgs.size(); i++) {
            String arg = jmhArgs.get(i);
            out.add(arg);
            if ("-prof".equals(arg) && i + 1 < jmhArgs.size() && isAsync(jmhArgs.get(i + 1))) {
                if (lib == null) {
                    lib = library.get();
                }
                out.add(withDefaults(jmhArgs.get(++i), lib, outputDir));
            }
        }
        return out;
    }

    static boolean isAsync(String profilerSpec) {
        return profilerSpec.equals("async") || profilerSpec.startsWith("async:");
    }

    static String withDefaults(String spec, Path lib, Path outputDir) {
        String options = spec.equals("async") ? "" : spec.substring("async:".length());
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add(options);
        }
        if (!hasOption(options, "libPath")) {
            parts.add("libPath=" + lib);
        }
        if (!hasOption(options, "dir")) {
            parts.add("dir=" + outputDir);
        }
        return "async:" + String.join(";", parts);
    }

    private static boolean hasOption(String options, String name) {
        for (String part : options.split(";")) {
            if (part.strip().startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }
}
