package io.chunkwise.bench.memory;

/**
 * How much input one benchmark operation processes, declared by the benchmark in its
 * {@code @Setup(Level.Trial)} so that {@link MemoryProfiler} can report memory per input byte and
 * per record. A fork runs one benchmark with one set of parameters, so one value per JVM suffices.
 */
public final class InputVolume {
    private static volatile long bytes = -1;
    private static volatile long records = -1;
    private static volatile String recordNoun = "records";

    private InputVolume() {
    }

    /**
     * Declares the input of one operation.
     *
     * @param inputBytes bytes read per operation, or -1 when not meaningful
     * @param inputRecords records (rows, messages, samples) per operation, or -1
     */
    public static void declare(long inputBytes, long inputRecords) {
        declare(inputBytes, inputRecords, "records");
    }

    /**
     * Declares the input of one operation, naming what a record is.
     *
     * @param inputBytes bytes read per operation, or -1 when not meaningful
     * @param inputRecords records per operation, or -1
     * @param noun what the records are, plural: {@code records}, {@code msgs}, {@code samples}
     */
    public static void declare(long inputBytes, long inputRecords, String noun) {
        bytes = inputBytes;
        records = inputRecords;
        recordNoun = noun;
    }

    /** Forgets the declaration: nothing to restate per byte or record. */
    public static void clear() {
        declare(-1, -1);
    }

    /** @return what a record is, plural (e.g. {@code msgs}) */
    public static String recordNoun() {
        return recordNoun;
    }

    /** @return bytes per operation, or -1 when undeclared */
    public static long bytes() {
        return bytes;
    }

    /** @return records per operation, or -1 when undeclared */
    public static long records() {
        return records;
    }
}
