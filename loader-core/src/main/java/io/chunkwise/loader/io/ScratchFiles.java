package io.chunkwise.loader.io;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scratch files and directories beside an output: where it is written before being renamed into
 * place, and where an index build spills. Their names are hidden and carry the owning process's id
 * ({@code .OUTPUT.<pid>-<random>.tmp}, {@code .OUTPUT.runs-<pid>-<random>}), so that what a killed
 * run left behind can be told from the files of a run still going: {@link #sweep} removes those
 * whose process is gone. While this JVM runs, a shutdown hook removes its own on Ctrl-C or SIGTERM;
 * only SIGKILL leaves them, to the next sweep. Files are created with the umask's permissions (not
 * a temp file's 0600), since the output they become is shared like any other file.
 */
public final class ScratchFiles {
    /** The longest file name most file systems take (ext4, XFS, APFS count bytes; NTFS 255 UTF-16 units). */
    private static final int MAX_NAME_BYTES = 255;
    /** Room for the longest suffix: {@code .runs-<pid>-<random>}, a 19-digit pid and 13 random characters. */
    private static final int SUFFIX_BYTES = 40;
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Set when the shutdown hook starts removing this run's scratch files. */
    private static volatile boolean stopping;

    private ScratchFiles() {
    }

    /**
     * Creates an empty scratch file beside an output.
     *
     * @param output the file it will become (or serve)
     * @return the new file, removed at exit unless {@link #release released}
     * @throws IOException when it cannot be created
     */
    public static Path file(Path output) throws IOException {
        Path p = beside(output, "." + Owner.PID + "-" + random() + ".tmp");
        Cleanup.register();
        FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        LIVE.add(p);
        return p;
    }

    /**
     * Creates a scratch directory beside an output (an index build's spilled runs).
     *
     * @param output the file it serves
     * @return the new directory, removed at exit unless {@link #release released}
     * @throws IOException when it cannot be created
     */
    public static Path directory(Path output) throws IOException {
        Cleanup.register();
        Path p = Files.createDirectory(beside(output, ".runs-" + Owner.PID + "-" + random()));
        LIVE.add(p);
        return p;
    }

    /**
     * @return whether this JVM is stopping (Ctrl-C, SIGTERM) and removing its scratch files: an
     *     error from a write whose scratch file vanished is then the stop, not the cause
     */
    public static boolean stopping() {
        return stopping;
    }

    /**
     * @return whether a scratch file or directory of this JVM is still there for the shutdown hook
     *     to remove: one of a write that failed or was not released
     */
    public static boolean anyLive() {
        return !LIVE.isEmpty();
    }

    /**
     * Deletes a scratch file or directory (if it still exists) and forgets it.
     *
     * @param scratch what {@link #file} or {@link #directory} made, or {@code null}
     */
    public static void delete(Path scratch) {
        if (scratch != null) {
            deleteTree(scratch);
            LIVE.remove(scratch);
        }
    }

    /**
     * Forgets a scratch file that has been renamed into place: it is the output now.
     *
     * @param scratch what {@link #file} made
     */
    public static void release(Path scratch) {
        LIVE.remove(scratch);
    }

    /** Writes the content of a scratch file. */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * @param scratch an empty file to write
         * @return what the writer reports
         * @throws IOException when writing fails
         */
        T write(Path scratch) throws IOException;
    }

    /**
     * Writes an output whole or not at all: into a scratch file, renamed over the output once
     * written. An interrupted run leaves the old output as it was, never a truncated one that looks
     * complete. A device or pipe is written in place; the file standard output or error goes to
     * gets the content through that stream, once written ({@link StandardStreams}).
     *
     * @param output the file to create or replace
     * @param writer writes the content
     * @param <T> what the writer reports
     * @return what the writer reported
     * @throws IOException when writing or renaming fails (the scratch file is then removed)
     */
    public static <T> T writeWhole(Path output, Writer<T> writer) throws IOException {
        Path target = target(output);
        if (isDevice(target)) {
            return writer.write(target);
        }
        Optional<FileDescriptor> stream = StandardStreams.of(target);
        sweep(target);
        Path scratch = file(target);
        try {
            T result = writer.write(scratch);
            if (stream.isPresent()) {
                StandardStreams.append(scratch, stream.get());
            } else {
                Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return result;
        } finally {
            delete(scratch);
        }
    }

    /**
     * Where an output path really writes: a symbolic link is followed to its target (replacing the
     * link by a file would leave the target stale), even a dangling one.
     *
     * @param output the path given
     * @return the absolute path to write, the link's target for a link
     * @throws IOException when a link cannot be read
     */
    public static Path target(Path output) throws IOException {
        Path p = output.toAbsolutePath();
        if (!Files.isSymbolicLink(p)) {
            return p;
        }
        if (Files.exists(p)) {
            // a device or pipe behind the link (/dev/stdout) is written through it, in place
            return Files.isRegularFile(p) ? p.toRealPath() : p;
        }
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /**
     * @param output an output path
     * @return whether it is something other than a file or directory (a device such as
     *     {@code /dev/null}, a pipe): written in place, never replaced
     */
    public static boolean isDevice(Path output) {
        return Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output);
    }

    /**
     * @param output an output path
     * @return whether it is written as a stream: a device or pipe, or the file this process's
     *     standard output or error goes to ({@link StandardStreams}); nothing is made beside it
     */
    public static boolean isStream(Path output) {
        return isDevice(output) || StandardStreams.of(output).isPresent();
    }

    /**
     * Removes the scratch files of an output left by processes that are gone (killed while
     * writing it). Those of live processes, this one included, are kept.
     *
     * @param output the output
     */
    public static void sweep(Path output) {
        Path dir = output.toAbsolutePath().getParent();
        String prefix = stem(output) + ".";
        // a filter, not a glob: the output's own name may hold glob syntax ([, *, {)
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                // what follows the stem, its dot included: ".<pid>-<random>.tmp" or ".runs-<pid>-<random>"
                Matcher m = Owner.NAME.matcher(p.getFileName().toString().substring(prefix.length() - 1));
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteTree(p);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a directory that cannot be listed, or a pid beyond long: nothing of ours to sweep
        }
    }

    /**
     * At exit: the threads that write scratch files still run while shutdown hooks do, so a spill
     * directory may gain a file while it is being removed; a few rounds outlast them.
     */
    private static void removeLive() {
        stopping = true;
        for (int round = 0; round < 20 && LIVE.stream().anyMatch(Files::exists); round++) {
            LIVE.forEach(ScratchFiles::deleteTree);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Path beside(Path output, String suffix) {
        return output.toAbsolutePath().resolveSibling(stem(output) + suffix);
    }

    /**
     * @return the hidden name scratch files of an output start with: {@code .OUTPUT}, or for a name
     *     too long to take a suffix, its first characters and a hash of the whole name
     */
    static String stem(Path output) {
        String name = output.getFileName().toString();
        String stem = "." + name;
        if (utf8Bytes(stem) <= MAX_NAME_BYTES - SUFFIX_BYTES) {
            return stem;
        }
        String tag = "~" + Integer.toHexString(name.hashCode());
        int budget = MAX_NAME_BYTES - SUFFIX_BYTES - tag.length();
        StringBuilder shortened = new StringBuilder(".");
        int bytes = 1;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int size = utf8Bytes(Character.toString(c));
            if (bytes + size > budget) {
                break;
            }
            shortened.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return shortened + tag;
    }

    private static int utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String random() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: what could not be removed is swept by the next run once this process is gone
        }
    }

    /** This process's id and the scratch names that carry one: needed only when scratch files are named or swept. */
    private static final class Owner {
        static final long PID = ProcessHandle.current().pid();
        static final Pattern NAME = Pattern.compile("\\.(?:runs-)?(\\d+)-[0-9a-z]+(?:\\.tmp)?");
    }

    /**
     * The shutdown hook that removes this run's scratch files, registered before the first one is
     * made (class initialization runs once, thread-safe): a run that makes none has no hook. A JVM
     * already stopping (Ctrl-C just before the first scratch file) takes no hook, so it makes no
     * scratch file either: it would be left behind.
     */
    private static final class Cleanup {
        private static final boolean REGISTERED = hook();

        private static boolean hook() {
            try {
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("chunkwise-scratch-cleanup").unstarted(
                        ScratchFiles::removeLive));
                return true;
            } catch (IllegalStateException shutdownInProgress) {
                stopping = true;
                return false;
            }
        }

        /**
         * Registers the hook, the first time.
         *
         * @throws IOException when the JVM is stopping, and no scratch file is to be made: the hook
         *     was refused, or has begun removing them (one made now would be left)
         */
        static void register() throws IOException {
            if (!REGISTERED || stopping) {
                throw new IOException("stopping (Ctrl-C or SIGTERM): no scratch file is made");
            }
        }
    }
}
