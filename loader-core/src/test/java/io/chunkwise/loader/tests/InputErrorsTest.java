package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad files get one clear error naming file, line and offset; never a half-built index. */
class InputErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void badFilesFailClearly(LoaderStrategy s) throws Exception {
        expect(s, "", "empty file");
        expect(s, "\n\r\n\n", "only blank lines");
        expect(s, "cusip,name\n", "no data records");
        expect(s, "cusip,name\n\n\n", "no data records");
        expect(s, "cusip,name,CUSIP\n1,2,3\n", "duplicate header name 'CUSIP'");
        expect(s, "name,price\nA,1\n", "no key column");
        expect(s, "cusip,name\n037833100,\"Apple\n594918104,Microsoft\n", "never closed");
        CsvParseException e = expectAt(s, "cusip,name\n\"037833100,ok", "never closed");
        assertThat(e.getMessage()).as("in the first chunk").contains("bad.csv:2 (byte 11)");
        e = expectAt(s, "cusip,name\n037833100,ok\n037833100,\"open", "never closed");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.offset()).isEqualTo(34);
        assertThat(e.getMessage()).contains("bad.csv:3 (byte 34)");
        // after a record on two lines, with chunks far smaller than the records (the parallel loader
        // counts an index build's lines from each chunk's start, then moves them)
        String twoLines = "cusip,name\n037833100,\"two\nlines\"\n037833100,ok\n037833100,\"open";
        e = expectAt(s, twoLines, "never closed");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.offset()).isEqualTo(twoLines.indexOf("\"open"));
    }

    private void expect(LoaderStrategy s, String content, String message) throws Exception {
        expectAt(s, content, message);
    }

    private CsvParseException expectAt(LoaderStrategy s, String content, String message) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, content);
        Path idx = dir.resolve("bad.cwx");
        IndexOptions o = IndexOptions.defaults().withStrategy(s).withLoad(LoadOptions.defaults().withChunkSize(7).withWorkers(3));
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Indexer.build(file, idx, o));
        assertThat(t).isInstanceOf(CsvParseException.class).hasMessageContaining(message).hasMessageContaining("bad.csv");
        assertThat(idx).doesNotExist();
        try (var list = Files.list(dir)) {
            assertThat(list.count()).isEqualTo(1);
        }
        return (CsvParseException) t;
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void aNamedColumnThatIsMissingIsAnError(LoaderStrategy s) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "cusip,name\n037833100,Apple\n");
        assertThatThrownBy(() -> Indexer.build(file, dir.resolve("x.cwx"), IndexOptions.defaults().withStrategy(s)
                .withColumns(java.util.Map.of(io.chunkwise.loader.index.KeyKind.SYMBOL, "ACT Symbol"))))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("no column named 'ACT Symbol'");
    }
}
