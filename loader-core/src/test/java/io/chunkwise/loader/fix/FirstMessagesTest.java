package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): a log whose first 64 KiB hold no message start (an engine's start-up banner, a
 * long log4j header, a stack trace) was read as an SOH or {@code |} log whatever its messages used:
 * a {@code ^} or {@code ;} log after such a banner gave every message as a BEGIN_STRING reject,
 * and SOH spelt {@code ^A} or turned into spaces after it got no notice. How its messages are
 * written is now read from its first messages wherever they start, within a bounded read.
 */
class FirstMessagesTest {
    private static final String ORDER = "35=D|34=7|49=S|56=T|55=IBM|48=459200101|22=1|54=1|38=100|";

    @TempDir
    Path dir;

    /** A log4j start-up banner and a stack trace: {@code lines} lines of text, no message start. */
    private static String banner(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append(i % 10 == 9 ? "\tat com.example.engine.Session.logon(Session.java:" + i + ")\n"
                    : "2026-03-02 13:29:59,123 INFO  [main] o.e.Engine - loading config entry " + i + " (58=FIX rocks)\n");
        }
        return b.toString();
    }

    private static String order(char d) {
        return Logs.message("FIX.4.4", ORDER.replace('|', d), d);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDelimiterIsFoundPastABannerLongerThan64KiB() throws Exception {
        String banner = banner(2_000);
        assertThat(banner.length()).isGreaterThan(2 * 64 * 1024);
        for (PrintableDelimiter d : List.of(PrintableDelimiter.CARET, PrintableDelimiter.SEMICOLON, PrintableDelimiter.COMMA)) {
            char c = d.text().charAt(0);
            Path file = write("banner" + d + ".log", banner + ("IN " + order(c) + "\n").repeat(20));
            LogInspection inspection = FixLogFormat.inspect(file);
            assertThat(inspection.delimiter()).isEqualTo(d);
            // the line and byte of the first message, counted over the banner
            assertThat(inspection.notices()).singleElement().asString().contains("(8=FIX.4.4" + c + "9=… at line 2001, byte "
                    + (banner.length() + 3) + "): scanned so");
            List<Recorder.Event> events = Recorder.scan(Logs.segment(Files.readString(file, StandardCharsets.ISO_8859_1)),
                    ScanOptions.parallel(3).withChunkSize(4096).withDelimiter(inspection.delimiter()));
            assertThat(events).hasSize(20).allSatisfy(e -> assertThat(e.what()).startsWith("msg FIX.4.4 35=D"));
        }
        // an SOH or | log after such a banner stays one
        for (char c : new char[] {Logs.SOH, '|'}) {
            assertThat(FixLogFormat.inspect(write("plain.log", banner + order(c) + "\n")))
                    .isEqualTo(new LogInspection(List.of(), PrintableDelimiter.PIPE));
        }
    }

    @Test
    void aDelimiterIsFoundAfterALineLongerThan64KiB() throws Exception {
        String longLine = "# " + "x".repeat(100_000) + " ";
        Path file = write("one-line.log", longLine + (order(';') + " ").repeat(5));
        LogInspection inspection = FixLogFormat.inspect(file);
        assertThat(inspection.delimiter()).isEqualTo(PrintableDelimiter.SEMICOLON);
        assertThat(inspection.notices()).singleElement().asString().contains("at line 1, byte " + longLine.length() + ")");
    }

    @Test
    void twoDelimitersPastABannerAreStillRefusedWithTheirLines() throws Exception {
        String banner = banner(2_000);
        Path file = write("mixed.log", banner + order('^') + "\n" + order(';') + "\n");
        assertThatThrownBy(() -> FixLogFormat.inspect(file)).isInstanceOf(FixLogFormatException.class)
                .hasMessageStartingWith(file + ":2002 (byte " + (banner.length() + order('^').length() + 1) + "): its messages are"
                        + " delimited by ';' here")
                .hasMessageContaining("and by '^' at line 2001 (byte " + banner.length() + ")");
    }

    @Test
    void soHSpeltAsTextOrBlanksPastABannerIsNamed() throws Exception {
        String banner = banner(2_000);
        String caretA = order(Logs.SOH).replace(String.valueOf(Logs.SOH), "^A");
        assertThat(FixLogFormat.inspect(write("spelt.log", banner + caretA + "\n")).notices()).singleElement().asString()
                .contains("the log spells SOH as the text ^A").contains("sed 's/\\^A/\\x01/g'");
        String spaced = order(Logs.SOH).replace(Logs.SOH, ' ');
        assertThat(FixLogFormat.inspect(write("spaced.log", banner + spaced + "\n")).notices()).singleElement().asString()
                .contains("the log separates its fields by a space");
    }

    /**
     * The search is bounded: a file with no message start in its first {@value FixLogFormat#START_LOOK}
     * bytes is read as an SOH or {@code |} log, not read to its end first (a 50 GB file with no FIX
     * at all is read once, by the scan). A sparse file keeps the test small on disk.
     */
    @Test
    void theSearchForAFirstStartStopsAfterItsBound() throws Exception {
        Path file = dir.resolve("late.log");
        byte[] late = (banner(50) + order('^') + "\n").getBytes(StandardCharsets.ISO_8859_1);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(banner(200).getBytes(StandardCharsets.ISO_8859_1)); // text, then a hole: no NUL in its first KiB
            f.seek(FixLogFormat.START_LOOK);
            f.write(late);
        }
        assertThat(FixLogFormat.inspect(file).delimiter()).isEqualTo(PrintableDelimiter.PIPE);
        // within the bound, found
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(0);
            f.write(banner(200).getBytes(StandardCharsets.ISO_8859_1));
            f.seek(FixLogFormat.START_LOOK - late.length - 1);
            f.write(late);
        }
        assertThat(FixLogFormat.inspect(file).delimiter()).isEqualTo(PrintableDelimiter.CARET);
    }
}
