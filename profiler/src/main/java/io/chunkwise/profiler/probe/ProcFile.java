package io.chunkwise.profiler.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@code /proc} file kept open and re-read from offset 0 into one reusable buffer: the kernel
 * regenerates the content on each read, and nothing is allocated per sample.
 */
final class ProcFile {
    /** The reason Linux gives (ESRCH) for a file of a process that has exited. */
    private static final String NO_SUCH_PROCESS = "No such process";
    private final Path path;
    private final FileChannel channel;
    private ByteBuffer buffer = ByteBuffer.allocate(4096);

    ProcFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    /**
     * Opens a file of a process's {@code /proc} directory.
     *
     * @param process the process (one that exists or existed, e.g. a child this JVM started)
     * @param name the file, e.g. {@code status}
     * @return the open file, or null when the process has already ended
     * @throws IOException when the file cannot be opened though the process runs, or there is no
     *     {@code /proc} (not Linux)
     */
    static ProcFile ofProcess(ProcessHandle process, String name) throws IOException {
        Path dir = Path.of("/proc", Long.toString(process.pid()));
        try {
            return new ProcFile(dir.resolve(name));
        } catch (FileSystemException e) {
            // ESRCH: it exited and is not yet reaped (a zombie); otherwise it is reaped already.
            boolean gone = NO_SUCH_PROCESS.equals(e.getReason())
                    || e instanceof NoSuchFileException && Files.isDirectory(Path.of("/proc/self")) && !process.isAlive();
            if (gone) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Reads the whole file.
     *
     * @return the buffer, flipped, holding the content
     * @throws IOException when the file cannot be read (the process is gone)
     */
    ByteBuffer read() throws IOException {
        while (true) {
            buffer.clear();
            long position = 0;
            int n;
            while ((n = channel.read(buffer, position)) > 0) {
                position += n;
                if (!buffer.hasRemaining()) {
                    break;
                }
            }
            if (buffer.hasRemaining()) {
                return buffer.flip();
            }
            buffer = ByteBuffer.allocate(buffer.capacity() * 2);
        }
    }

    Path path() {
        return path;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a /proc file cannot lose data
        }
    }

    /**
     * Finds {@code key} at the start of a line and parses the number after it, in kB, as bytes.
     *
     * @param content the file content
     * @param key the field name with its colon, e.g. {@code VmRSS:}
     * @return the value in bytes, or {@link io.chunkwise.profiler.metric.Metric#MISSING}
     */
    static long kilobytesField(ByteBuffer content, String key) {
        int limit = content.limit();
        int keyLength = key.length();
        int lineStart = 0;
        while (lineStart < limit) {
            if (matches(content, lineStart, key)) {
                long value = 0;
                boolean digits = false;
                for (int i = lineStart + keyLength; i < limit; i++) {
                    byte b = content.get(i);
                    if (b >= '0' && b <= '9') {
                        value = value * 10 + (b - '0');
                        digits = true;
                    } else if (digits || b == '\n') {
                        break;
                    }
                }
                return digits ? value * 1024 : io.chunkwise.profiler.metric.Metric.MISSING;
            }
            int next = lineStart;
            while (next < limit && content.get(next) != '\n') {
                next++;
            }
            lineStart = next + 1;
        }
        return io.chunkwise.profiler.metric.Metric.MISSING;
    }

    /**
     * Finds several {@code key: N kB} fields in one pass over the content.
     *
     * @param content the file content (a heap buffer)
     * @param keys the field names with their colons
     * @param values where to write each value in bytes, {@link io.chunkwise.profiler.metric.Metric#MISSING} when absent
     * @param offset the index of the first key's value
     */
    static void kilobytesFields(ByteBuffer content, String[] keys, long[] values, int offset) {
        for (int k = 0; k < keys.length; k++) {
            values[offset + k] = io.chunkwise.profiler.metric.Metric.MISSING;
        }
        byte[] bytes = content.array();
        int limit = content.limit();
        int lineStart = 0;
        while (lineStart < limit) {
            int colon = lineStart;
            while (colon < limit && bytes[colon] != ':' && bytes[colon] != '\n') {
                colon++;
            }
            if (colon < limit && bytes[colon] == ':') {
                int length = colon - lineStart + 1;
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k].length() == length && sameKey(bytes, lineStart, keys[k])) {
                        long value = 0;
                        int i = colon + 1;
                        while (i < limit && (bytes[i] == ' ' || bytes[i] == '\t')) {
                            i++;
                        }
                        boolean digits = false;
                        while (i < limit && bytes[i] >= '0' && bytes[i] <= '9') {
                            value = value * 10 + (bytes[i] - '0');
                            digits = true;
                            i++;
                        }
                        if (digits) {
                            values[offset + k] = value * 1024;
                        }
                        break;
                    }
                }
            }
            int next = colon;
            while (next < limit && bytes[next] != '\n') {
                next++;
            }
            lineStart = next + 1;
        }
    }

    private static boolean sameKey(byte[] bytes, int at, String key) {
        for (int i = 0; i < key.length(); i++) {
            if (bytes[at + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(ByteBuffer content, int at, String key) {
        if (at + key.length() > content.limit()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (content.get(at + i) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
