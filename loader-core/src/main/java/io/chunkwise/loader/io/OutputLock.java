package io.chunkwise.loader.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One writer of an output at a time, across processes and the threads of this one: a hidden lock
 * file beside the output ({@code .OUTPUT.lock}) under the operating system's advisory lock, which
 * the system releases when the holder ends, however it ends. Several look-ups started together on a
 * fresh master then build its index once: the others wait, and find it built.
 *
 * <p>The holder removes the file when done, writing {@value #RELEASED_MARK} into it first: one that
 * waited on that file and locks it next reads the mark and takes the lock again at the path (a new
 * file there). A file left by a holder that was killed holds its pid, and is simply taken over.
 * Where no lock file can be made (a read-only directory, a file system without locks), the lock
 * holds between the threads of this process only; the write that follows says what is wrong.
 * A thread that holds the lock may take it again (nested): the inner one only counts, the outer
 * one's close releases it.
 */
public final class OutputLock implements AutoCloseable {
    /** What a holder writes into the lock file before removing it. */
    static final String RELEASED_MARK = "released";
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path path;
    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean waited;
    private boolean closed;

    private OutputLock(Path path, ReentrantLock local, FileChannel channel, FileLock lock, boolean waited) {
        this.path = path;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
        this.waited = waited;
    }

    /**
     * Takes the lock of an output, waiting while another process or thread holds it.
     *
     * @param output the output to write (its lock file goes beside it)
     * @param waiting told who holds the lock ("another process (pid 4242)", "another thread of this
     *     process"), once, before this waits for it
     * @return the lock, to be closed when the output is written
     */
    public static OutputLock acquire(Path output, Consumer<String> waiting) {
        Path path = lockPath(output);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(path, p -> new ReentrantLock());
        boolean waited = false;
        if (!local.tryLock()) {
            waiting.accept("another thread of this process");
            waited = true;
            local.lock();
        }
        if (local.getHoldCount() > 1) {
            // this thread holds it already (a look-up's build calls the build that locks too): the
            // file lock is the outer one's, which a second channel on the file could not take
            return new OutputLock(path, local, null, null, false);
        }
        try {
            while (true) {
                FileChannel channel;
                try {
                    channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                } catch (IOException | UnsupportedOperationException e) {
                    return new OutputLock(path, local, null, null, waited); // no file to lock: see the class comment
                }
                try {
                    FileLock lock = channel.tryLock();
                    if (lock == null) {
                        if (!waited) {
                            waiting.accept(holder(channel));
                            waited = true;
                        }
                        lock = channel.lock();
                    }
                    if (read(channel).equals(RELEASED_MARK)) {
                        channel.close(); // its holder removed it when done: lock the file at the path now
                        continue;
                    }
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
                    return new OutputLock(path, local, channel, lock, waited);
                } catch (IOException | UnsupportedOperationException e) {
                    closeQuietly(channel);
                    return new OutputLock(path, local, null, null, waited);
                }
            }
        } catch (RuntimeException | Error e) {
            local.unlock();
            throw e;
        }
    }

    /** @return where the lock file of an output goes */
    static Path lockPath(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(ScratchFiles.stem(absolute) + ".lock");
    }

    /** @return whether another process or thread held the lock, so the output may have been written meanwhile */
    public boolean waited() {
        return waited;
    }

    /** Releases the lock, removing its file; again, does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // an interrupted holder (a build stopped by its service's shutdown) still releases as one that
        // ended: the channel is interruptible, and would close before the mark is written, leaving the file
        boolean interrupted = Thread.interrupted();
        try {
            if (lock != null) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(RELEASED_MARK.getBytes(StandardCharsets.US_ASCII)), 0);
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a lock file left behind is taken over by the next holder
        } finally {
            closeQuietly(channel); // closing the channel releases its lock
            local.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return the holder named by the pid in its lock file, when there is one */
    private static String holder(FileChannel channel) {
        String pid = read(channel);
        return pid.matches("\\d{1,19}") ? "another process (pid " + pid + ")" : "another process";
    }

    /** @return the lock file's content, at most a few bytes ("" when it cannot be read) */
    private static String read(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            int n = channel.read(b, 0);
            return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do: the lock goes with the channel
        }
    }
}
