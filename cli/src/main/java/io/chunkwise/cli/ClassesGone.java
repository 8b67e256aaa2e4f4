package io.chunkwise.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Words for a class or service that could not be loaded while a command ran ({@link LinkageError},
 * {@link java.util.ServiceConfigurationError}): errors picocli hands through, which ended the JVM
 * with a stack trace and exit 1 ("not found"). The usual cause is not a fault of the command: its
 * jars were replaced or removed under it (a rebuild of the clone run from directly, not through the
 * launcher's copy of the build); else it is an internal error.
 */
final class ClassesGone {
    private ClassesGone() {
    }

    /**
     * @param e the error
     * @param classPath this JVM's class path ({@code java.class.path})
     * @param startedMillis when this JVM started (epoch milliseconds)
     * @return the line to print (without the program's name)
     */
    static String describe(Throwable e, String classPath, long startedMillis) {
        return changedSince(classPath, startedMillis)
                .map(jar -> "cannot load a class (" + e + "): its jars changed while the command ran (" + jar
                        + " was rebuilt or removed, by a build of the clone); run the command again")
                .orElse("internal error: " + e + " (run with --verbose for the stack trace)");
    }

    /** @return the line for this JVM's error */
    static String describe(Throwable e) {
        return describe(e, System.getProperty("java.class.path", ""), ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** @return an entry of the class path missing now or modified after the JVM started, if any */
    static Optional<String> changedSince(String classPath, long startedMillis) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && !entry.endsWith("*"))
                .filter(entry -> {
                    Path p = Path.of(entry);
                    try {
                        return !Files.exists(p) || Files.getLastModifiedTime(p).toMillis() > startedMillis;
                    } catch (java.io.IOException | RuntimeException gone) {
                        return true;
                    }
                })
                .findFirst();
    }
}
