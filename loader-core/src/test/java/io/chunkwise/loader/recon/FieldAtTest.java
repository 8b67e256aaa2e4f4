package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldAtTest {
    private static String read(String csv, long start, int column) {
        MemorySegment s = MemorySegment.ofArray(csv.getBytes(StandardCharsets.UTF_8));
        return new String(new FieldAt(s, new CsvFormat((byte) ',', (byte) '"')).read(start, column), StandardCharsets.UTF_8);
    }

    @Test
    void walksQuotedFieldsDoubledQuotesAndLineBreaks() {
        String csv = "\"a,\n1\",\"x\"\"y\",IBM,\"\"\r\nB,C";
        assertThat(read(csv, 0, 0)).isEqualTo("a,\n1");
        assertThat(read(csv, 0, 1)).isEqualTo("x\"y");
        assertThat(read(csv, 0, 2)).isEqualTo("IBM");
        assertThat(read(csv, 0, 3)).isEmpty();
        assertThat(read(csv, 0, 4)).as("past the record's last field").isEmpty();
        assertThat(read(csv, csv.indexOf("\nB") + 1, 1)).isEqualTo("C");
        assertThat(read(csv, csv.indexOf("\nB") + 1, 2)).isEmpty();
    }
}
