package io.chunkwise.cli.profile;

import io.chunkwise.cli.UserError;
import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.ScratchFiles;
import io.chunkwise.profiler.async.AsyncMode;
import io.chunkwise.profiler.output.ProfileFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A profile's output directory written whole or not at all: the run writes into a hidden scratch
 * directory in it, whose files are moved into place only once the run is complete. A run
 * stopped by Ctrl-C or SIGTERM says so on stderr and leaves the directory's earlier profile as it
 * was; the scratch directory goes (SIGKILL leaves it to the next run's sweep).
 */
final class ProfileOutput implements AutoCloseable {
    /** How long a stop waits for the run to notice it (the child is given 2 s to end). */
    private static final long STOP_WAIT_SECONDS = 5;
    /** The scratch directory is {@code DIR/.profile.runs-<pid>-<random>}. */
    private static final String SCRATCH_NAME = "profile";
    /** The file, in DIR, that names the files the last profile wrote there, one a line: only those are ever removed. */
    static final String MANIFEST = ".chunkwise-profile";
    private final Path target;
    private final Path scratch;
    private final List<Path> createdParents;
    private final Object lock = new Object();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private boolean stopped;
    private boolean published;

    private ProfileOutput(Path target, Path scratch, List<Path> createdParents) {
        this.target = target;
        this.scratch = scratch;
        this.createdParents = createdParents;
        this.hook = Thread.ofPlatform().name("chunkwise-profile-stop").unstarted(this::stop);
    }

    /**
     * @param out the output directory the user named (checked already)
     * @param names the names of the files the run may write there
     * @return the output, with its scratch directory created
     * @throws UserError when DIR holds a file of one of those names that no profile wrote, which the run would replace
     * @throws UncheckedIOException when the scratch directory cannot be created
     */
    static ProfileOutput open(Path out, List<String> names) {
        Path target = out.toAbsolutePath().normalize();
        refuseToReplaceForeignFiles(out, target, names);
        List<Path> missing = new ArrayList<>();
        for (Path p = target; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        try {
            // inside DIR, not beside it: DIR's parent may not be writable (--out ., --out /)
            Files.createDirectories(target);
            Path name = target.resolve(SCRATCH_NAME);
            ScratchFiles.sweep(name);
            Path scratch = ScratchFiles.directory(name);
            // removed by this output's own stop, which waits for the run to let go of it
            ScratchFiles.release(scratch);
            ProfileOutput output = new ProfileOutput(target, scratch, List.copyOf(missing));
            Runtime.getRuntime().addShutdownHook(output.hook);
            return output;
        } catch (IOException e) {
            missing.forEach(ProfileOutput::deleteIfEmpty);
            // the reason, in words: the JDK's exception may carry only the path again
            throw new UncheckedIOException("--out " + out + ": cannot write there (" + FileErrors.reason(e) + "); choose another", e);
        }
    }

    /** @return where the run writes its files */
    Path scratch() {
        return scratch;
    }

    /** @return the output directory */
    Path target() {
        return target;
    }

    /** @return whether the run was stopped (Ctrl-C, SIGTERM) and is to publish nothing */
    boolean stopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    /**
     * Moves the run's files into the output directory, replacing the earlier profile's (and
     * removing those of its files this run does not write, such as another mode's flame graph),
     * and names them in the directory's manifest.
     * A stop that comes meanwhile waits for it to finish.
     *
     * @param files the run's files, in the scratch directory
     * @return the files in the output directory, or null when the run was stopped
     * @throws UncheckedIOException when a file cannot be moved
     */
    List<Path> publish(List<Path> files) {
        synchronized (lock) {
            if (stopped) {
                return null;
            }
            try {
                Files.createDirectories(target);
                List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
                for (String name : earlierProfile(target)) {
                    if (!names.contains(name)) {
                        Files.deleteIfExists(target.resolve(name));
                    }
                }
                List<Path> moved = new ArrayList<>();
                for (Path f : files) {
                    Path to = target.resolve(f.getFileName().toString());
                    Files.move(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    moved.add(to);
                }
                record(names);
                published = true;
                return moved;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the profile into " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * @return the files of the profile DIR holds, which this run replaces or removes: those its
     *     manifest names; with no manifest, a profile written before there was one (a summary.json
     *     there) may have written any of them. Never a file of the same name that no profile wrote
     *     (a recording or flame graph of the user's own, in a directory that holds no profile).
     * @throws UserError when the manifest is not text
     */
    private static List<String> earlierProfile(Path target) throws IOException {
        Path manifest = target.resolve(MANIFEST);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            List<String> recorded;
            try {
                recorded = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                // ours is UTF-8 names: this one was written over, and names nothing a profile is known to have written
                throw new UserError(manifest + ": not a profile's list of files (not UTF-8 text); remove it, or choose another directory");
            }
            return outputNames().stream().filter(recorded::contains).toList();
        }
        return Files.isRegularFile(target.resolve(ProfileFiles.SUMMARY_JSON)) ? outputNames() : List.of();
    }

    /**
     * Refuses, before the run, a directory holding a file of a name the run writes that no profile
     * wrote (the user's own memory.csv or recording.jfr): moved into place, the run's file would
     * replace it, and it would be lost without a word.
     */
    private static void refuseToReplaceForeignFiles(Path out, Path target, List<String> names) {
        if (!Files.isDirectory(target)) {
            return;
        }
        List<String> earlier;
        try {
            earlier = earlierProfile(target);
        } catch (IOException e) {
            throw new UncheckedIOException("--out " + out + ": cannot read " + MANIFEST + " (" + FileErrors.reason(e) + ")", e);
        }
        List<String> foreign = names.stream()
                .filter(n -> !earlier.contains(n) && Files.exists(target.resolve(n), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!foreign.isEmpty()) {
            throw new UserError("--out " + out + ": it holds " + String.join(", ", foreign) + ", which no profile wrote"
                    + " and this run would replace; move " + (foreign.size() == 1 ? "it" : "them") + " away or choose another directory");
        }
    }

    /** Names this run's files in the manifest, written beside it and renamed into place. */
    private void record(List<String> names) throws IOException {
        // in the run's own scratch directory, with the profile's permissions (a temp file's are the owner's alone)
        Path tmp = scratch.resolve(MANIFEST);
        Files.write(tmp, names, StandardCharsets.UTF_8);
        Files.move(tmp, target.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the names a profile writes */
    static List<String> outputNames() {
        List<String> names = new ArrayList<>(List.of(ProfileFiles.MEMORY_CSV, ProfileFiles.PHASES_CSV,
                ProfileFiles.SUMMARY_JSON, ProfileFiles.RECORDING_JFR, ProfileFiles.MEMORY_PNG, "memory.svg"));
        for (AsyncMode mode : AsyncMode.values()) {
            names.add(mode.flameGraphFileName());
        }
        return names;
    }

    /** At Ctrl-C or SIGTERM: publish nothing, say so, and remove the scratch directory once the run lets go. */
    private void stop() {
        synchronized (lock) {
            if (published) {
                return;
            }
            stopped = true;
        }
        System.err.println("chunkwise profile: interrupted (Ctrl-C or SIGTERM): no profile was written; "
                + (createdParents.contains(target) ? target + " was not created" : target + " is left as it was"));
        System.err.flush();
        try {
            closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(scratch);
    }

    /** Removes the scratch directory, and the directories made for it unless the run was published. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // stopping: the hook runs, and waits for this
        }
        deleteTree(scratch);
        if (!published) {
            createdParents.forEach(ProfileOutput::deleteIfEmpty);
        }
        closed.countDown();
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty, or not ours to remove: leave it
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover scratch directory is swept by the next run once this process is gone
        }
    }
}
