package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvParseException;
import org.junit.jupiter.api.Test;

/** A record too long for the heap to read as text is refused naming it, never met by an OutOfMemoryError. */
class RecordHeapTest {
    private static final long MIB = 1L << 20;

    @Test
    void aRecordOfManyMegabytesOnASmallHeapIsRefusedNamingItsByte() {
        // QA-7 Q7-4: a 19 MB quoted field under -Xmx32m
        assertThatThrownBy(() -> IndexFile.requireHeapFor("huge.csv", 3, 42, 19_000_000, 28 * MIB, 32 * MIB))
                .isInstanceOf(CsvParseException.class)
                .hasMessage("huge.csv:3 (byte 42): a record of 19,000,000 bytes: read as text it takes about 3 times "
                        + "that on the heap, and this JVM's heap has about 28 MiB free (at most 32 MiB); raise the maximum heap");
    }

    @Test
    void aRecordTheHeapCanHoldThreeTimesIsRead() {
        assertThatCode(() -> IndexFile.requireHeapFor("huge.csv", 3, 42, 19_000_000, 60 * MIB, 64 * MIB)).doesNotThrowAnyException();
        assertThatCode(() -> IndexFile.requireHeapFor("m.csv", 2, 0, 400, 1 * MIB, 4 * MIB)).doesNotThrowAnyException();
    }
}
