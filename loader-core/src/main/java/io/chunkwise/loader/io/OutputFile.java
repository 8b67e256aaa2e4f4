package io.chunkwise.loader.io;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text output (a rejects or discrepancies file) written whole or not at all: into a scratch file
 * beside it, renamed into place by {@link #publish}. Closed unpublished (an error, Ctrl-C), the
 * scratch file goes and an earlier output stays as it was, never replaced by a part that looks
 * complete. A symbolic link is written through to its target; a device ({@code /dev/null}) is
 * written in place; the file standard output or error goes to gets the content through that
 * stream when it is published ({@link StandardStreams}).
 */
public final class OutputFile implements AutoCloseable {
    private final String name;
    private final Path target;
    private final Path scratch;
    private final BufferedWriter writer;
    /** The standard stream the output is, when it is one in a regular file: the content goes there. */
    private final FileDescriptor stream;
    private boolean published;

    private OutputFile(String name, Path target, Path scratch, BufferedWriter writer, FileDescriptor stream) {
        this.name = name;
        this.target = target;
        this.scratch = scratch;
        this.writer = writer;
        this.stream = stream;
    }

    /**
     * @param output the file to create or replace
     * @param what what it is, for messages, e.g. {@code "rejects file"}
     * @return the output, open for writing
     * @throws UncheckedIOException when its scratch file cannot be created
     */
    public static OutputFile open(Path output, String what) {
        String name = what + " " + output;
        try {
            Path target = ScratchFiles.target(output);
            if (ScratchFiles.isDevice(target)) {
                return new OutputFile(name, target, null, Files.newBufferedWriter(target, StandardCharsets.UTF_8), null);
            }
            FileDescriptor stream = StandardStreams.of(target).orElse(null);
            ScratchFiles.sweep(target);
            Path scratch = ScratchFiles.file(target);
            try {
                return new OutputFile(name, target, scratch, Files.newBufferedWriter(scratch, StandardCharsets.UTF_8), stream);
            } catch (IOException e) {
                ScratchFiles.delete(scratch);
                throw e;
            }
        } catch (IOException e) {
            // named by the output and what it is (a run may write two), not by the scratch file beside it
            throw new UncheckedIOException("cannot write " + name + ": " + FileErrors.reason(e), e);
        }
    }

    /**
     * @param text content to append
     * @throws UncheckedIOException naming this output (a full disk: which of a run's files filled it)
     */
    public void write(CharSequence text) {
        try {
            writer.append(text);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException(name + ": " + FileErrors.reason(e), e);
    }

    /**
     * Puts the output in place, whole.
     *
     * @throws UncheckedIOException when it cannot be written out or renamed
     */
    public void publish() {
        try {
            writer.close();
        } catch (IOException e) {
            throw failed(e);
        }
        try {
            if (stream != null) {
                StandardStreams.append(scratch, stream);
                ScratchFiles.delete(scratch);
            } else if (scratch != null) {
                Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ScratchFiles.release(scratch);
            }
            published = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + FileErrors.reason(e), e);
        }
    }

    /** Discards the output unless it was published. */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            // discarded anyway
        }
        ScratchFiles.delete(scratch);
    }
}
