package io.chunkwise.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void secmasterJsonSummaryMatchesTheFile() throws IOException {
        Path file = dir.resolve("m.csv");
        CliRun run = CliRun.of("generate", "secmaster", "--rows", "700", "--seed", "5", "-o", file.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("secmaster");
        assertThat(json.get("rows").asLong()).isEqualTo(700);
        assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(file));
        assertThat(json.has("seconds")).isTrue();
        assertThat(json.has("MBps")).isTrue();
        assertThat(json.get("details").get("quotedFields").asLong()).isPositive();
        assertThat(Files.readAllLines(file).getFirst()).startsWith("cusip,isin,symbol,name,exchange,currency,");
    }

    @Test
    void aQuotedTildeInTheOutputIsNamed() {
        // -o "~/m.csv": the shell leaves the '~', and the directory named '~' under the working directory is missing
        CliRun run = CliRun.of("generate", "secmaster", "--rows", "10", "-o", "~/chunkwise-no-such-dir/m.csv");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("chunkwise generate secmaster: cannot write ~/chunkwise-no-such-dir/m.csv:")
                .endsWith("(a '~' the shell did not expand, in quotes or after '=': write $HOME instead, or leave it unquoted)");
    }

    @Test
    void anOutputNamedAsADirectoryIsRefused() {
        // -o out/ wrote the master as a file named out: a path drops the slash
        CliRun run = CliRun.of("generate", "secmaster", "--rows", "10", "-o", dir.resolve("out") + "/");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Invalid value for option '--output': " + dir.resolve("out") + "/ ends with '/'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void sameSeedSameBytesWhateverTheWorkers() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CliRun.of("generate", "secmaster", "--size", "200KiB", "--workers", "1", "-o", a.toString())
                .code()).isZero();
        CliRun run = CliRun.of("generate", "secmaster", "--size", "200KiB", "--workers", "3", "-o", b.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("secmaster: wrote").contains("rows");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.size(a)).isLessThanOrEqualTo(200 * 1024);
    }

    @Test
    void plantedDefectsAreReported() throws IOException {
        Path file = dir.resolve("p.csv");
        CliRun run = CliRun.of("generate", "secmaster", "--rows", "5000", "--duplicate-rate", "0.02",
                "--invalid-rate", "0.02", "-o", file.toString(), "--json");
        assertThat(run.code()).isZero();
        JsonNode details = JSON.readTree(run.out()).get("details");
        assertThat(details.get("duplicateRows").asLong()).isPositive();
        assertThat(details.get("invalidCusips").asLong() + details.get("invalidIsins").asLong()).isPositive();
    }

    @Test
    void fxbars() throws IOException {
        Path file = dir.resolve("bars.csv");
        CliRun run = CliRun.of("generate", "fxbars", "--rows", "100", "--pair", "EURUSD", "--freq", "5m",
                "--seed", "3", "-o", file.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("rows").asLong()).isEqualTo(100);
        assertThat(json.get("details").get("pair").asText()).isEqualTo("EURUSD");
        assertThat(Files.readAllLines(file)).hasSize(101).first().isEqualTo("timestamp,open,high,low,close,volume");
    }

    @Test
    void oneOfAThingIsSingular() throws IOException {
        Path master = dir.resolve("master.csv");
        CliRun rows = CliRun.of("generate", "secmaster", "--rows", "1", "-o", master.toString());
        assertThat(rows.err()).contains("secmaster: wrote 1 row (");
        CliRun bars = CliRun.of("generate", "fxbars", "--rows", "1", "-o", dir.resolve("b.csv").toString());
        assertThat(bars.err()).contains("fxbars: wrote 1 bar (");
        Path bigger = dir.resolve("bigger.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "100", "-o", bigger.toString()).code()).isZero();
        CliRun message = CliRun.of("generate", "fixlog", "--master", bigger.toString(), "--messages", "1",
                "-o", dir.resolve("one.fix").toString());
        assertThat(message.err()).contains("fixlog: wrote 1 message (");
        // Message 1 is a Logon (nothing to plant); with the default seed message 2 carries an instrument.
        CliRun planted = CliRun.of("generate", "fixlog", "--master", bigger.toString(), "--messages", "2",
                "--discrepancy-rate", "1", "-o", dir.resolve("two.fix").toString(), "--json");
        assertThat(planted.code()).as(planted.err()).isZero();
        long count = 0;
        for (JsonNode n : JSON.readTree(planted.out()).get("details").get("discrepancies")) {
            count += n.asLong();
        }
        assertThat(count).isEqualTo(1);
        CliRun plantedText = CliRun.of("generate", "fixlog", "--master", bigger.toString(), "--messages", "2",
                "--discrepancy-rate", "1", "-o", dir.resolve("two.fix").toString());
        assertThat(plantedText.err()).contains("; planted 1 discrepancy, truth in");
        CliRun many = CliRun.of("generate", "fxbars", "--rows", "2", "-o", dir.resolve("b2.csv").toString());
        assertThat(many.err()).contains("fxbars: wrote 2 bars (");
    }

    @Test
    void fixlogTakesRowsAsSecmasterAndFxbarsDoForItsMessages() throws IOException {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "50", "-o", master.toString()).code()).isZero();
        Path log = dir.resolve("rows.fix");
        CliRun run = CliRun.of("generate", "fixlog", "--master", master.toString(), "--rows", "10", "-o", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("fixlog: wrote 10 messages (");
        assertThat(Files.readAllLines(log)).hasSize(10);
    }

    @Test
    void fixlogTakesASizeAsSecmasterAndFxbarsDo() throws IOException {
        // review: DESIGN gives generate --rows, --size and --seed; fixlog took a message count only
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "50", "-o", master.toString()).code()).isZero();
        Path log = dir.resolve("sized.fix");
        CliRun run = CliRun.of("generate", "fixlog", "--master", master.toString(), "--size", "64KiB", "-o", log.toString(),
                "--json");
        assertThat(run.code()).as(run.err()).isZero();
        long bytes = Files.size(log);
        assertThat(bytes).isLessThanOrEqualTo(64 << 10).isGreaterThan((64 << 10) - 400);
        assertThat(run.json().get("bytes").asLong()).isEqualTo(bytes);
        assertThat(Files.readAllLines(log)).hasSize(run.json().get("rows").asInt());
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json").json()
                .get("messages").asLong()).isEqualTo(run.json().get("rows").asLong());
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--size", "64KiB", "--rows", "3", "-o",
                log.toString()), "mutually exclusive");
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--size", "100", "-o",
                dir.resolve("tiny.fix").toString()), "--size 100 B is below the smallest log generated, 1KiB");
    }

    @Test
    void fixlogAgainstAGeneratedMasterWritesItsTruth() throws IOException {
        Path master = dir.resolve("master.csv");
        Path log = dir.resolve("orders.fix");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "2000", "-o", master.toString()).code()).isZero();
        CliRun run = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "3000",
                "--discrepancy-rate", "0.1", "--seed", "9", "-o", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("rows").asLong()).isEqualTo(3000);
        assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(log));
        JsonNode expected = JSON.readTree(dir.resolve("orders.fix.expected.json").toFile());
        assertThat(expected.get("messages").asLong()).isEqualTo(3000);
        assertThat(expected.get("malformed").asLong()).isZero();
        assertThat(expected.get("bytes").asLong()).as("the truth names its log by size").isEqualTo(Files.size(log));
        assertThat(expected.get("checked").asLong()).isEqualTo(json.get("details").get("checked").asLong());
        assertThat(expected.get("discrepancies")).isEqualTo(json.get("details").get("discrepancies"));
        long planted = 0;
        for (JsonNode n : expected.get("discrepancies")) {
            planted += n.asLong();
        }
        assertThat(planted).isPositive();
        assertThat(Files.readAllLines(log)).hasSize(3000).allMatch(l -> l.startsWith("8=FIX.4.4\u00019="));
    }

    @Test
    void noOutputReplacesTheMasterAndBlockWritersNeedARegularFile() throws IOException {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "50", "-o", master.toString()).code()).isZero();
        String before = Files.readString(master);
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "5", "-o",
                master.toString()), "is the input file");
        assertThat(Files.readString(master)).isEqualTo(before);
        // the truth file beside -o is named as what it is, not as -o (QA-19 Q19-6)
        Path truthNamed = Files.copy(master, dir.resolve("o.fix.expected.json"));
        assertUsage(CliRun.of("generate", "fixlog", "--master", truthNamed.toString(), "--messages", "5", "-o",
                dir.resolve("o.fix").toString()), "the truth file of -o " + dir.resolve("o.fix") + ", " + truthNamed
                + " is the input file");
        assertThat(Files.readString(truthNamed)).isEqualTo(before);
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "-o", ""), "'--output': the name is empty");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "--workers", "100000", "-o",
                dir.resolve("w.csv").toString()), "between 1 and 256");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "--quote-rate", "0.5", "-o",
                dir.resolve("q.csv").toString()), "at most 2/21");
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "5000", "--freq", "1h", "--start", "9999-12-27T22:00:00Z",
                "-o", dir.resolve("late.csv").toString()), "past the year 9999");
        Path device = Path.of("/dev/null");
        if (Files.exists(device) && !Files.isRegularFile(device)) {
            assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "-o", device.toString()), "not a regular file");
        }
    }

    @Test
    void aLogAgainstASymbolOnlyMasterPlantsOnlyWhatReconcileCanFind() throws IOException {
        Path full = dir.resolve("full.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "2000", "-o", full.toString()).code()).isZero();
        Path symbols = dir.resolve("symbols.csv");
        List<String> rows = Files.readAllLines(full).stream().map(l -> l.split(",")).filter(f -> f.length > 3)
                .map(f -> f[2] + "," + f[3].replace("\"", "")).toList();
        Files.write(symbols, rows);
        Path log = dir.resolve("s.fix");
        assertThat(CliRun.of("generate", "fixlog", "--master", symbols.toString(), "--messages", "3000",
                "--discrepancy-rate", "0.1", "-o", log.toString()).code()).isZero();
        JsonNode truth = Json.mapper().readTree(Files.readString(Path.of(log + ".expected.json")));
        CliRun r = CliRun.of("reconcile", "--master", symbols.toString(), "--fix", log.toString(), "--json");
        JsonNode found = r.json();
        assertThat(truth.get("discrepancies").get("UNKNOWN_SECURITY").asLong()).isZero();
        assertThat(found.get("checked").asLong()).isEqualTo(truth.get("checked").asLong());
        assertThat(found.get("discrepancies")).isEqualTo(truth.get("discrepancies"));
    }

    @Test
    void aPipeDelimitedExchangeFileIsAMasterWithItsDelimiter() throws IOException {
        // the first rows of NASDAQ's nasdaqlisted.txt (see shared/fixtures/symbols), with its trailer row
        Path master = dir.resolve("nasdaqlisted.txt");
        Files.writeString(master, """
                Symbol|Security Name|Market Category|Test Issue|Financial Status|Round Lot Size|ETF|NextShares
                AAAP|Advanced Accelerator Applications S.A. - American Depositary Shares|Q|N|N|100|N|N
                AAL|American Airlines Group, Inc. - Common Stock|Q|N|N|100|N|N
                AAME|Atlantic American Corporation - Common Stock|G|N|N|100|N|N
                File Creation Time: 0327201812:00|||||||
                """);
        Path log = dir.resolve("n.fix");
        CliRun comma = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "10", "-o", log.toString());
        assertThat(comma.code()).isEqualTo(2);
        assertThat(comma.err().strip()).doesNotContain("\n").contains("no symbol column")
                .contains("looks '|'-delimited: add --delimiter '|'");

        CliRun piped = CliRun.of("generate", "fixlog", "--master", master.toString(), "--delimiter", "|", "--messages", "500",
                "--discrepancy-rate", "0.2", "-o", log.toString());
        assertThat(piped.code()).as(piped.err()).isZero();
        JsonNode truth = Json.mapper().readTree(Files.readString(Path.of(log + ".expected.json")));
        JsonNode found = CliRun.of("reconcile", "--master", master.toString(), "--delimiter", "|", "--fix", log.toString(),
                "--json").json();
        assertThat(found.get("discrepancies")).isEqualTo(truth.get("discrepancies"));
        assertThat(truth.get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isPositive();
    }

    @Test
    void aMasterWhoseKeyColumnsHaveOtherNamesTakesTheColumnOptionsOfIndexAndReconcile() throws IOException {
        // the shape of NASDAQ's otherlisted.txt (see shared/fixtures/symbols): '|', "ACT Symbol", a trailer row
        Path generated = dir.resolve("gen.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "1500", "-o", generated.toString()).code()).isZero();
        List<String> rows = new ArrayList<>(List.of("CUSIP Number|ISIN Code|ACT Symbol|Exchange"));
        for (String line : Files.readAllLines(generated).subList(1, 1_501)) {
            String[] f = line.split(",", 4);
            rows.add(f[0] + "|" + f[1] + "|" + f[2] + "|N");
        }
        rows.add("File Creation Time: 0815201621:32|||");
        Path master = dir.resolve("otherlisted.txt");
        Files.write(master, rows);
        Path log = dir.resolve("o.fix");
        String[] masterOptions = {"--master", master.toString(), "--delimiter", "|", "--cusip-column", "CUSIP Number",
            "--isin-column", "ISIN Code", "--symbol-column", "ACT Symbol"};

        CliRun unnamed = CliRun.of("generate", "fixlog", "--master", master.toString(), "--delimiter", "|",
                "--messages", "10", "-o", log.toString());
        assertThat(unnamed.code()).isEqualTo(2);
        assertThat(unnamed.err().strip()).doesNotContain("\n").contains("no symbol column").contains("ACT Symbol")
                .endsWith("name it with --symbol-column NAME");

        CliRun generate = CliRun.of(concat(new String[] {"generate", "fixlog", "--messages", "6000",
            "--discrepancy-rate", "0.1", "-o", log.toString()}, masterOptions));
        assertThat(generate.code()).as(generate.err()).isZero();
        JsonNode truth = Json.mapper().readTree(Files.readString(Path.of(log + ".expected.json")));
        CliRun reconcile = CliRun.of(concat(new String[] {"reconcile", "--fix", log.toString(), "--json"}, masterOptions));
        assertThat(reconcile.code()).as(reconcile.err()).isEqualTo(1);
        JsonNode found = reconcile.json();
        for (String key : new String[] {"messages", "malformed", "checked"}) {
            assertThat(found.get(key).asLong()).as(key).isEqualTo(truth.get(key).asLong());
        }
        assertThat(found.get("discrepancies")).isEqualTo(truth.get("discrepancies"));
        for (String type : new String[] {"SYMBOL_MISMATCH", "UNKNOWN_SECURITY", "UNKNOWN_SYMBOL"}) {
            assertThat(truth.get("discrepancies").get(type).asLong()).as(type).isPositive();
        }

        CliRun misnamed = CliRun.of("generate", "fixlog", "--master", master.toString(), "--delimiter", "|",
                "--symbol-column", "Ticker", "--messages", "10", "-o", log.toString());
        assertThat(misnamed.code()).isEqualTo(2);
        assertThat(misnamed.err()).contains("no column named 'Ticker' for symbol");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void badInputsExitTwoWithOneLine() throws IOException {
        String out = dir.resolve("x.csv").toString();
        Path aDirectory = Files.createDirectory(dir.resolve("adir"));
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "--no-such-option", "-o", out), "--no-such-option");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "-5", "-o", out), "negative");
        // a master without records, which every command refuses, is not made (QA-19 Q19-4)
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "0", "-o", out), "--rows 0 makes a master without records");
        for (String tooSmall : new String[] {"0", "100", "1023"}) {
            assertUsage(CliRun.of("generate", "secmaster", "--size", tooSmall, "-o", out), "is below the smallest master generated, 1KiB");
        }
        assertThat(Path.of(out)).doesNotExist();
        assertThat(CliRun.of("generate", "secmaster", "--size", "1KiB", "-o", out).code()).isZero();
        assertThat(Files.readAllLines(Path.of(out))).hasSizeGreaterThan(1);
        Files.delete(Path.of(out));
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "--size", "1MB", "-o", out), "mutually exclusive");
        assertUsage(CliRun.of("generate", "secmaster", "-o", out), "--rows");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5"), "--output");
        assertUsage(CliRun.of("generate", "secmaster", "--size", "lots", "-o", out), "lots");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "--quote-rate", "2", "-o", out), "--quote-rate");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "--workers", "0", "-o", out), "--workers");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "-o",
                dir.resolve("missing/dir/x.csv").toString()), "does not exist");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "-o", aDirectory.toString()), "directory");
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "-1", "-o", out), "negative");
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "5", "--pair", "EURXYZ", "-o", out), "unknown pair");
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "5", "--freq", "500ms", "-o", out), "interval");
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "5", "--start", "2024-01-06T10:00:00Z", "-o", out),
                "weekend");
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path noSymbol = dir.resolve("nosym.csv");
        Files.writeString(noSymbol, "cusip,isin\n037833100,US0378331005\n");
        assertUsage(CliRun.of("generate", "fixlog", "--master", dir.resolve("absent.csv").toString(),
                "--messages", "5", "-o", out), "no such file");
        assertUsage(CliRun.of("generate", "fixlog", "--messages", "5", "-o", out), "--master");
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "-5", "-o", out),
                "negative");
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "5",
                "--discrepancy-rate", "-0.1", "-o", out), "--discrepancy-rate");
        assertUsage(CliRun.of("generate", "fixlog", "--master", noSymbol.toString(), "--messages", "5", "-o", out),
                "no symbol column");
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "5", "-o",
                dir.resolve("nowhere/x.fix").toString()), "does not exist");
        assertUsage(CliRun.of("generate"), "secmaster");
        assertUsage(CliRun.of("generate", "nonsense"), "nonsense");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }

    @Test
    void rowsOrMessagesTheDiskCannotHoldAreRefusedBeforeAnyIsWritten() throws IOException {
        // a --rows run used to start and fill the disk for minutes (other programs' writes failing) before it failed
        long usable = Files.getFileStore(dir).getUsableSpace();
        Path out = dir.resolve("big.csv");
        CliRun rows = CliRun.of("generate", "secmaster", "--rows", Long.toString(usable / 100 + 1), "-o", out.toString());
        assertUsage(rows, "it needs at least ");
        assertThat(rows.err()).contains("big.csv").contains("free");
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("big.fix");
        CliRun messages = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages",
                Long.toString(Long.MAX_VALUE), "-o", log.toString());
        assertUsage(messages, "it needs at least ");
        CliRun bars = CliRun.of("generate", "fxbars", "--rows", Long.toString(usable / 16 + 1), "--freq", "1s",
                "--start", "1970-01-04T22:00:00Z", "-o", dir.resolve("bars.csv").toString());
        if (usable / 16 < 200_000_000_000L) { // else the bars would run past the year 9999 first
            assertUsage(bars, "it needs at least ");
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("m.csv");
        }
    }

    @Test
    void aMastersIndexIsNotReplacedByAGeneratedFile() throws IOException {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "50", "-o", master.toString()).code()).isZero();
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        Path index = dir.resolve("m.csv.cwx");
        byte[] before = Files.readAllBytes(index);
        Path link = Files.createSymbolicLink(dir.resolve("orders.fix"), index.getFileName());
        assertUsage(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "5", "-o",
                link.toString()), "it is a chunkwise index");
        assertUsage(CliRun.of("generate", "secmaster", "--rows", "5", "-o", index.toString()), "it is a chunkwise index");
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "5", "-o", index.toString()), "it is a chunkwise index");
        assertThat(Files.readAllBytes(index)).isEqualTo(before);
        String symbol = Files.readAllLines(master).get(1).split(",")[2];
        assertThat(CliRun.of("lookup", master.toString(), "--symbol", symbol).code()).isZero();
    }

    @Test
    void aFullDiskNamesTheOutput() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full (Linux) is needed");
        CliRun run = CliRun.of("generate", "fxbars", "--rows", "100000", "-o", full.toString());
        assertUsage(run, "output file /dev/full: No space left on device (free some space or write elsewhere)");
    }

    /**
     * QA: a FIX log given as the master (a QuickFIX log, its first line a timestamped message) was
     * told to name its symbol column with --symbol-column; reconcile and index say it is a FIX log.
     */
    @Test
    void fixlogFromAFixLogGivenAsTheMasterSaysItIsAFixLog() throws IOException {
        Path log = dir.resolve("messages.log");
        Files.writeString(log, "20261124-08:01:02.123 : 8=FIX.4.4\u00019=5\u000135=0\u000110=000\u0001\n");
        CliRun run = CliRun.of("generate", "fixlog", "--master", log.toString(), "--messages", "5", "-o",
                dir.resolve("out.fix").toString());
        assertUsage(run, "a FIX log, not a security master");
        assertThat(run.err()).doesNotContain("--symbol-column");
    }

    private static void assertUsage(CliRun run, String mention) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(mention).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
