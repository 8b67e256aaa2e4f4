package io.chunkwise.loader.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecMasterGeneratorTest {
    private static final int COLUMNS = 21;

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesWhateverTheWorkerCountAndBlockSize() throws IOException {
        SecMasterSpec spec = SecMasterSpec.ofRows(5_000).withSeed(7).withDuplicateRate(0.01)
                .withInvalidCheckDigitRate(0.01);
        byte[] one = generate(spec.withWorkers(1).withBlockRows(4096), "one.csv");
        byte[] three = generate(spec.withWorkers(3).withBlockRows(7), "three.csv");
        byte[] again = generate(spec.withWorkers(2).withBlockRows(1), "again.csv");
        assertThat(three).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        byte[] other = generate(spec.withSeed(8), "other.csv");
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void sizeLimitedFilesAreDeterministicAndCutAtARowBoundary() throws IOException {
        SecMasterSpec spec = SecMasterSpec.ofSize(300_000).withSeed(3);
        Path a = dir.resolve("a.csv");
        SecMasterSummary s = new SecMasterGenerator(spec.withWorkers(1)).generate(a, d -> { });
        byte[] b = generate(spec.withWorkers(4).withBlockRows(13), "b.csv");
        assertThat(Files.readAllBytes(a)).isEqualTo(b);
        assertThat(s.bytes()).isEqualTo(Files.size(a)).isLessThanOrEqualTo(300_000).isGreaterThan(300_000 - 1024);
        assertThat(parse(a)).hasSize((int) s.rows());
        // the size-limited file is a prefix of the row-counted one
        byte[] counted = generate(SecMasterSpec.ofRows(s.rows() + 10).withSeed(3), "counted.csv");
        assertThat(new String(counted, 0, b.length, StandardCharsets.US_ASCII))
                .isEqualTo(new String(b, StandardCharsets.US_ASCII));
    }

    @Test
    void rfc4180WithQuotedCommasQuotesAndLineBreaks() throws IOException {
        Path file = dir.resolve("m.csv");
        SecMasterSummary s = new SecMasterGenerator(SecMasterSpec.ofRows(20_000)).generate(file, d -> { });
        List<CsvRecord> records = parse(file);
        assertThat(records).hasSize(20_000);
        assertThat(records).allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(COLUMNS));
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(text).startsWith(SecMasterGenerator.header()).contains(",\"").contains("\"\"").endsWith("\n");
        long names = records.stream().map(r -> r.getField(3)).count();
        assertThat(records.stream().map(r -> r.getField(3))).anyMatch(n -> n.contains(", "))
                .anyMatch(n -> n.contains("\"")).anyMatch(n -> n.contains("\r\n"))
                .anyMatch(n -> n.contains("\n") && !n.contains("\r"));
        assertThat(names).isEqualTo(20_000);
        // about 1% of all fields need quoting, and the summary counts them exactly
        long needQuoting = records.stream().flatMap(r -> r.getFields().stream())
                .filter(f -> f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")).count();
        assertThat(needQuoting).isEqualTo(s.quotedFields());
        assertThat(needQuoting / (20_000.0 * COLUMNS)).isBetween(0.008, 0.012);
        assertThat(s.bytes() / (double) s.rows()).isBetween(300.0, 420.0);
    }

    @Test
    void noQuotingWhenTheRateIsZero() throws IOException {
        Path file = dir.resolve("plain.csv");
        new SecMasterGenerator(SecMasterSpec.ofRows(2_000).withQuoteRate(0)).generate(file, d -> { });
        assertThat(Files.readString(file, StandardCharsets.US_ASCII)).doesNotContain("\"").doesNotContain("\r");
    }

    @Test
    void identifiersAreValidAndUniqueAndSymbolsAreSharedAcrossExchanges() throws IOException {
        Path file = dir.resolve("ids.csv");
        new SecMasterGenerator(SecMasterSpec.ofRows(30_000).withSeed(11)).generate(file, d -> { });
        Set<String> cusips = new HashSet<>();
        Set<String> isins = new HashSet<>();
        Map<String, Set<String>> exchangesBySymbol = new HashMap<>();
        boolean special = false;
        for (CsvRecord r : parse(file)) {
            String cusip = r.getField(0);
            String isin = r.getField(1);
            assertThat(Cusip.isValid(cusip)).as(cusip).isTrue();
            assertThat(Isin.isValid(isin)).as(isin).isTrue();
            assertThat(cusips.add(cusip)).as("unique " + cusip).isTrue();
            assertThat(isins.add(isin)).as("unique " + isin).isTrue();
            special |= cusip.matches(".*[*@#].*");
            assertThat(r.getField(2)).matches("[A-Z]{1,5}");
            exchangesBySymbol.computeIfAbsent(r.getField(2), k -> new HashSet<>()).add(r.getField(4));
        }
        assertThat(special).as("some CUSIPs use * @ #").isTrue();
        assertThat(exchangesBySymbol.values().stream().filter(e -> e.size() > 1).count()).isGreaterThan(500);
    }

    @Test
    void plantedDuplicatesAndBadCheckDigitsAreCountedExactly() throws IOException {
        Path file = dir.resolve("planted.csv");
        SecMasterSummary s = new SecMasterGenerator(SecMasterSpec.ofRows(10_000).withDuplicateRate(0.03)
                .withInvalidCheckDigitRate(0.02).withWorkers(2).withBlockRows(100)).generate(file, d -> { });
        Set<String> seen = new HashSet<>();
        long duplicates = 0;
        long badCusips = 0;
        long badIsins = 0;
        for (CsvRecord r : parse(file)) {
            duplicates += seen.add(r.getField(0)) ? 0 : 1;
            badCusips += Cusip.isValid(r.getField(0)) ? 0 : 1;
            badIsins += Cusip.isValid(r.getField(0)) && !Isin.isValid(r.getField(1)) ? 1 : 0;
        }
        assertThat(duplicates).isEqualTo(s.duplicateRows()).isBetween(200L, 400L);
        assertThat(badCusips).isEqualTo(s.invalidCusips()).isPositive();
        assertThat(badIsins).isEqualTo(s.invalidIsins()).isPositive();
        assertThat(badCusips + badIsins).isBetween(100L, 300L);
    }

    @Test
    void zeroRowsIsJustTheHeaderAndProgressAddsUpToTheSize() throws IOException {
        Path file = dir.resolve("empty.csv");
        AtomicLong progress = new AtomicLong();
        SecMasterSummary s = new SecMasterGenerator(SecMasterSpec.ofRows(0)).generate(file, progress::addAndGet);
        assertThat(Files.readString(file)).isEqualTo(SecMasterGenerator.header());
        assertThat(s.rows()).isZero();
        assertThat(progress.get()).isEqualTo(s.bytes());
        SecMasterSummary t = new SecMasterGenerator(SecMasterSpec.ofRows(1234).withBlockRows(100))
                .generate(file, progress::addAndGet);
        assertThat(progress.get()).isEqualTo(s.bytes() + t.bytes());
    }

    @Test
    void badSpecsAndUnwritableOutputsFailClearly() {
        assertThatThrownBy(() -> SecMasterSpec.ofRows(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> SecMasterSpec.ofSize(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecMasterSpec.ofRows(1).withQuoteRate(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quote rate");
        assertThatThrownBy(() -> SecMasterSpec.ofRows(1).withWorkers(0)).isInstanceOf(IllegalArgumentException.class);
        Path missing = dir.resolve("no/such/dir/x.csv");
        assertThatThrownBy(() -> new SecMasterGenerator(SecMasterSpec.ofRows(10)).generate(missing, d -> { }))
                .isInstanceOf(UncheckedIOException.class);
    }

    private byte[] generate(SecMasterSpec spec, String name) throws IOException {
        Path file = dir.resolve(name);
        new SecMasterGenerator(spec).generate(file, d -> { });
        return Files.readAllBytes(file);
    }

    private static List<CsvRecord> parse(Path file) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.skipLines(1);
            reader.forEach(records::add);
        }
        return records;
    }
}
