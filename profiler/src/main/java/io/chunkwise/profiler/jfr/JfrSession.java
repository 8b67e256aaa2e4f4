package io.chunkwise.profiler.jfr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Objects;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A flight recording of this JVM, written to a file when stopped.
 *
 * {@snippet :
 * try (JfrSession jfr = JfrSession.start(JfrSettings.DEFAULT, dir.resolve("recording.jfr"))) {
 *     work();
 * }
 * JfrSummary summary = JfrSummary.read(dir.resolve("recording.jfr"));
 * }
 *
 * For another JVM, pass {@link #startFlightRecordingOption} on its command line.
 */
public final class JfrSession implements AutoCloseable {
    private final Recording recording;
    private final Path destination;
    private boolean stopped;

    private JfrSession(Recording recording, Path destination) {
        this.recording = recording;
        this.destination = destination;
    }

    /**
     * Starts recording this JVM.
     *
     * @param settings which JDK settings
     * @param destination the {@code .jfr} file written at stop
     * @return the running session
     * @throws IllegalStateException when the JDK's settings cannot be read
     * @throws IllegalArgumentException when the destination's directory does not exist: found now,
     *     not at stop, after the work it was to record
     */
    public static JfrSession start(JfrSettings settings, Path destination) {
        Path dir = Objects.requireNonNull(destination, "destination").toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write the JFR recording " + destination + ": " + dir
                    + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        Configuration configuration;
        try {
            configuration = Configuration.getConfiguration(settings.configurationName());
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read the JDK's JFR settings '" + settings.configurationName() + "'", e);
        }
        Recording recording = new Recording(configuration);
        recording.setName("chunkwise");
        recording.setToDisk(true);
        recording.start();
        return new JfrSession(recording, destination);
    }

    /**
     * The option that makes a JVM record from its start and write the recording when it exits.
     *
     * @param settings which JDK settings
     * @param destination the {@code .jfr} file
     * @return the {@code -XX:StartFlightRecording=…} option
     * @throws IllegalArgumentException when the path holds a comma or '=' (the option cannot carry them)
     */
    public static String startFlightRecordingOption(JfrSettings settings, Path destination) {
        String file = destination.toAbsolutePath().toString();
        if (file.contains(",") || file.contains("=")) {
            throw new IllegalArgumentException("a JFR recording path cannot contain ',' or '=': " + file);
        }
        return "-XX:StartFlightRecording=filename=" + file + ",settings=" + settings.configurationName()
                + ",dumponexit=true";
    }

    /**
     * Stops recording and writes the file (once).
     *
     * @return the file written
     * @throws UncheckedIOException when it cannot be written
     */
    public synchronized Path stop() {
        if (!stopped) {
            stopped = true;
            try {
                recording.stop();
                recording.dump(destination);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the JFR recording " + destination, e);
            } finally {
                recording.close();
            }
        }
        return destination;
    }

    @Override
    public void close() {
        stop();
    }
}
