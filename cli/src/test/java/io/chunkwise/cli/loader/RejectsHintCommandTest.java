package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code chunkwise index …} that {@code lookup} and {@code reconcile} suggest when the index they built
 * rejected records runs as given: it reads the file as their build did (delimiter, key columns, index path).
 */
class RejectsHintCommandTest {
    /** An exchange file as NASDAQ's otherlisted.txt: '|'-delimited, the symbol column under another name, a trailer row. */
    private static final String EXCHANGE_FILE = String.join("\n",
            "ACT Symbol|Security Name|Exchange",
            "A|Agilent Technologies, Inc. Common Stock|N",
            "AA|Alcoa Corporation Common Stock|N",
            "File Creation Time: 0815201621:32|",
            "");

    @TempDir
    Path dir;

    @Test
    void lookupSuggestsTheDelimiterAndTheSymbolColumnItWasGiven() throws Exception {
        Path master = dir.resolve("other listed.txt");
        Files.writeString(master, EXCHANGE_FILE);
        CliRun r = CliRun.of("lookup", master.toString(), "--delimiter", "|", "--symbol-column", "ACT Symbol", "--symbol", "AA");
        assertThat(r.code()).as(r.err()).isZero();
        String hint = hint(r.err());
        assertThat(hint).isEqualTo("chunkwise index '" + master + "' --delimiter '|' --symbol-column 'ACT Symbol'");

        // as the message printed it (the words a shell reads), it runs, and writes the rejects
        CliRun index = CliRun.of(args(hint));
        assertThat(index.code()).as(index.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("other listed.txt.rejects.csv")))
                .containsExactly("line,offset,reason", "4,114,\"expected 3 fields, found 2\"");
    }

    @Test
    void reconcileSuggestsItsIndexPathAndLeavesOutWhatIndexFindsItself() throws Exception {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\nragged,row\n");
        Path log = dir.resolve("orders.fix");
        Files.writeString(log, "");
        Path elsewhere = dir.resolve("idx").resolve("m.cwx");
        Files.createDirectories(elsewhere.getParent());
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--index", elsewhere.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String hint = hint(r.err());
        assertThat(hint).isEqualTo("chunkwise index " + master + " --index " + elsewhere);
        CliRun index = CliRun.of(args(hint));
        assertThat(index.code()).as(index.err()).isZero();
    }

    @Test
    void aTabAndAQuoteInANameAreWrittenAsAShellReadsThem() {
        assertThat(IndexCommandLine.shellWord("m.csv")).isEqualTo("m.csv");
        assertThat(IndexCommandLine.shellWord("Trader's Symbol")).isEqualTo("'Trader'\\''s Symbol'");
        assertThat(args("chunkwise index m.txt --symbol-column 'Trader'\\''s Symbol'"))
                .containsExactly("index", "m.txt", "--symbol-column", "Trader's Symbol");
    }

    /** @return the suggested command in the notice, from {@code chunkwise index} to {@code writes them} */
    private static String hint(String stderr) {
        Matcher m = Pattern.compile("can be found; (chunkwise index .*) writes them to a rejects file").matcher(stderr);
        assertThat(m.find()).as(stderr).isTrue();
        return m.group(1);
    }

    /** @return the words a POSIX shell makes of a command of bare and single-quoted words, without "chunkwise" */
    private static String[] args(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                inWord = true;
            } else if (c == '\\') {
                word.append(command.charAt(++i));
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        assertThat(words.getFirst()).isEqualTo("chunkwise");
        return words.subList(1, words.size()).toArray(String[]::new);
    }
}
