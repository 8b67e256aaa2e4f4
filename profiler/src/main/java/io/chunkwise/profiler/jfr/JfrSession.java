package io.chunkwise.profiler.jfr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A flight recording of this JVM, written to a file when stopped. Chunkwise's own events (a chunk's
 * parse, a dataset's batch) are recorded too, whichever JDK settings are chosen.
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
    /**
     * Chunkwise's own events, off in their classes (a run without a recording should not pay for
     * them) and on in every session: a chunk's parse and a dataset's batch.
     */
    static final List<String> CHUNKWISE_EVENTS = List.of("io.chunkwise.Chunk", "io.chunkwise.dataset.Batch");

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
        CHUNKWISE_EVENTS.forEach(recording::enable);
        recording.setName("chunkwise");
        recording.setToDisk(true);
        recording.start();
        return new JfrSession(recording, destination);
    }

    /**
     * The option that makes a JVM record from its start, Chunkwise's own events included, and write
     * the recording when it exits.
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
        StringBuilder option = new StringBuilder("-XX:StartFlightRecording=filename=").append(file)
                .append(",settings=").append(settings.configurationName()).append(",dumponexit=true");
        // '+' adds a setting for an event the settings file does not name
        CHUNKWISE_EVENTS.forEach(name -> option.append(",+").append(name).append("#enabled=true"));
        return option.toString();
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
