package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvScanner;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FastCSV's spec corpus (MIT, see csv-spec/LICENSE-FastCSV), read by a small parser of its YAML
 * subset. Our deliberate differences, each asserted rather than skipped: blank lines are skipped
 * (so an expected {@code ['']} that comes from an empty line is not a record); records end at LF
 * or CRLF, so the bare-CR variant of {@code ⏎} is not run; an open quote at the end is an error
 * (the corpus allows one).
 */
class SpecCorpusTest {
    private static final String[] FILES = {"comments-none", "different-field-count", "empty-file", "escape-quotation",
        "line-breaks-within-fields", "line-breaks", "open-quotation", "quotation", "single-line", "skip-empty-lines",
        "spaces-around-quotes", "spaces-unquoted", "trailing-field-separator"};

    record Check(String id, String input, List<List<String>> records, boolean exceptionAllowed) {
        @Override
        public String toString() {
            return id + " " + input.replace("\r", "␍").replace("\n", "␊");
        }
    }

    static Stream<Check> checks() throws IOException {
        List<Check> out = new ArrayList<>();
        for (String f : FILES) {
            String yaml;
            try (InputStream in = SpecCorpusTest.class.getResourceAsStream("/csv-spec/" + f + ".yaml")) {
                yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            boolean exceptionAllowed = yaml.contains("exceptionAllowed: true");
            String id = null;
            String input = null;
            List<List<String>> records = null;
            for (String line : yaml.split("\n")) {
                String t = line.strip();
                if (t.startsWith("- id:")) {
                    if (id != null) {
                        expand(out, id, input, records, exceptionAllowed);
                    }
                    id = t.substring(5).strip();
                    records = new ArrayList<>();
                } else if (t.startsWith("input:") && id != null) {
                    input = scalar(t.substring(6).strip());
                } else if (t.startsWith("records: []")) {
                    records = new ArrayList<>();
                } else if (t.startsWith("- [") && records != null) {
                    List<String> rec = new ArrayList<>();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'((?:[^']|'')*)'").matcher(t);
                    while (m.find()) {
                        rec.add(m.group(1).replace("''", "'"));
                    }
                    records.add(rec);
                }
            }
            if (id != null) {
                expand(out, id, input, records, exceptionAllowed);
            }
        }
        return out.stream();
    }

    private static void expand(List<Check> out, String id, String input, List<List<String>> records, boolean exc) {
        for (String eol : new String[] {"\n", "\r\n"}) {
            if (!input.contains("⏎") && !eol.equals("\n")) {
                continue;
            }
            String in = sym(input.replace("⏎", eol));
            List<List<String>> recs = records.stream().map(r -> r.stream().map(v -> sym(v.replace("⏎", eol))).toList()).toList();
            out.add(new Check(id + (eol.equals("\n") ? "" : "-crlf"), in, recs, exc));
        }
    }

    private static String sym(String s) {
        return s.replace("␍", "\r").replace("␊", "\n").replace("␤", "\r\n").replace("␠", " ");
    }

    private static String scalar(String s) {
        if (s.startsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.startsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("checks")
    void corpus(Check check) {
        byte[] bytes = check.input().getBytes(StandardCharsets.UTF_8);
        CsvScanner scanner = new CsvScanner(CsvFormat.RFC4180, check.id());
        scanner.reset(MemorySegment.ofArray(bytes), 0, 0, 1);
        if (check.exceptionAllowed() && check.input().chars().filter(c -> c == '"').count() % 2 == 1
                && check.id().startsWith("open-quotation") && check.input().contains(",\"") | check.input().startsWith("\"")) {
            assertThatThrownBy(() -> {
                while (scanner.next(bytes.length, true) == CsvScanner.RECORD) {
                    scanner.record();
                }
            }).isInstanceOf(CsvParseException.class).hasMessageContaining("never closed");
            return;
        }
        List<List<String>> got = new ArrayList<>();
        while (scanner.next(bytes.length, true) == CsvScanner.RECORD) {
            got.add(scanner.record().values());
        }
        List<List<String>> expected = new ArrayList<>(check.records());
        if (!check.input().contains("\"\"")) {
            // we skip blank lines: an empty line is not a record
            expected.removeIf(r -> r.equals(List.of("")));
        }
        assertThat(got).isEqualTo(expected);
        // and the oracle agrees
        List<List<String>> oracle = SimpleReader.read(bytes, ',').stream().map(SimpleReader.Row::values).toList();
        assertThat(oracle).isEqualTo(expected);
        assertThat(keepingOne(check.id(), bytes)).as("keeping the first field only").isEqualTo(expected.stream()
                .map(r -> r.getFirst() + " of " + r.size() + " fields").toList());
    }

    /** Scans keeping each record's first field only, the rest counted: "value of N fields" per record. */
    private static List<String> keepingOne(String id, byte[] bytes) {
        CsvScanner scanner = new CsvScanner(CsvFormat.RFC4180, id);
        scanner.reset(MemorySegment.ofArray(bytes), 0, 0, 1);
        scanner.keepFields(1);
        List<String> got = new ArrayList<>();
        while (scanner.next(bytes.length, true) == CsvScanner.RECORD) {
            got.add(scanner.record().get(0) + " of " + scanner.record().size() + " fields");
        }
        return got;
    }
}
