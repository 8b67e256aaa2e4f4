package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs whose messages are delimited by {@code ^}, {@code ;} or {@code ,}: found from their first
 * messages' structure, scanned with BodyLength and CheckSum as FIX tools computed them (over SOH),
 * and never guessed from a value that holds such a byte.
 */
class PrintableDelimiterLogTest {
    private static final String ORDER = "35=D|34=7|49=S|56=T|55=IBM|48=459200101|22=1|54=1|38=100|";
    private static final String IBM = "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=";

    @TempDir
    Path dir;

    /** @return the order delimited by {@code d}, its sums taken as over SOH */
    private static String order(char d) {
        return Logs.message("FIX.4.4", ORDER.replace('|', d), d);
    }

    private static List<String> whats(String log, PrintableDelimiter delimiter, ScanOptions options) {
        return Recorder.scan(Logs.segment(log), options.withDelimiter(delimiter)).stream().map(Recorder.Event::what).toList();
    }

    private static List<String> whats(String log, PrintableDelimiter delimiter) {
        return whats(log, delimiter, ScanOptions.serial().withChunkSize(Math.max(1, log.length())));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachDelimiterIsFoundAndItsMessagesScanWellFormed() throws Exception {
        for (PrintableDelimiter d : List.of(PrintableDelimiter.CARET, PrintableDelimiter.SEMICOLON, PrintableDelimiter.COMMA)) {
            char c = d.text().charAt(0);
            String one = order(c);
            String log = "# session log\n" + ("2024-01-02 09:30:00 IN " + one + "\n").repeat(50);
            Path file = write("orders" + d + ".log", log);
            LogInspection inspection = FixLogFormat.inspect(file);
            assertThat(inspection.delimiter()).isEqualTo(d);
            assertThat(inspection.notices()).singleElement().asString().isEqualTo(file + ": its messages are delimited by '"
                    + c + "', not SOH or | (8=FIX.4.4" + c + "9=… at line 2, byte 37): scanned so, each '" + c
                    + "' that delimits a field counted as the SOH it stands for in BodyLength and CheckSum");
            // serial, and parallel over chunks smaller than a message: fields read at the delimiter
            for (ScanOptions options : List.of(ScanOptions.serial(), ScanOptions.parallel(3).withChunkSize(97))) {
                assertThat(whats(log, d, options)).as(d + " " + options.workers()).hasSize(50)
                        .containsOnly(IBM + one.length());
            }
            // read with SOH and | only, each is a BeginString reject: what the user saw before
            assertThat(whats(log, PrintableDelimiter.PIPE)).hasSize(50).containsOnly("bad BEGIN_STRING BeginString (8) is not"
                    + " FIX.n.n, FIX.n.nSPn or FIXT.n.n followed by SOH or |");
        }
    }

    @Test
    void bodyLengthAndCheckSumAreStillChecked() {
        String ok = order(';');
        String declared = "9=" + ORDER.length();
        String longer = ok.replace(declared, "9=" + (ORDER.length() + 1));
        assertThat(whats(longer + "\n" + ok, PrintableDelimiter.SEMICOLON)).containsExactly(
                "bad BODY_LENGTH_MISMATCH BodyLength " + (ORDER.length() + 1) + " but CheckSum (10) follows " + ORDER.length()
                        + " body bytes", IBM + ok.length());
        String head = ok.substring(0, ok.indexOf(";10=") + 1);
        int asSoh = Integer.parseInt(ok.substring(ok.length() - 4, ok.length() - 1));
        int asWritten = head.chars().sum() & 0xFF;
        String venue = head + "10=" + String.format("%03d", asWritten) + ";";
        // a venue that summed the ; bytes themselves: both sums, the ; named
        assertThat(whats(venue + "\n", PrintableDelimiter.SEMICOLON)).containsExactly(String.format("bad CHECKSUM_MISMATCH"
                + " CheckSum %03d but the bytes sum to %03d with each ; counted as SOH (%03d as written)", asWritten, asSoh,
                asWritten));
    }

    /** A value may hold the delimiter (a comma in a Text): summed as written, as a | in a value of a | log is. */
    @Test
    void aDelimiterInsideAValueIsSummedAsWritten() {
        String body = "35=D,34=1,49=A,56=B,58=hedge, client 42,55=IBM,";
        String upTo = "8=FIX.4.4,9=" + body.length() + "," + body;
        int sum = 0;
        for (int i = 0; i < upTo.length(); i++) {
            char c = upTo.charAt(i);
            // SOH where the writer had one; the comma inside 58 was its own byte
            sum += c == ',' && !upTo.startsWith(" client", i + 1) ? 1 : c;
        }
        String logged = upTo + "10=" + String.format("%03d", sum & 0xFF) + ",";
        assertThat(whats(logged + "\n", PrintableDelimiter.COMMA)).singleElement().asString()
                .startsWith("msg FIX.4.4 35=D 34=1 55=IBM");
    }

    @Test
    void aLostStartAndAChangeOfDelimiterAreFoundWithTheLogsDelimiter() {
        String ok = order(';');
        // a line split inside 8=FIX: its CheckSum trailer, after ;, is the rest of a lost message
        String split = "8=FI\n" + ok.substring(4) + "\n" + ok + "\n";
        assertThat(whats(split, PrintableDelimiter.SEMICOLON)).hasSize(2).first().asString()
                .startsWith("bad CHECKSUM_WITHOUT_START");
        // SOH after the header, ; after that: the delimiter changes, and the detail names ;
        String mixed = ok.replaceFirst(";", "\u0001").replaceFirst(";", "\u0001").replaceFirst(";", "\u0001");
        assertThat(whats(mixed + "\n" + ok, PrintableDelimiter.SEMICOLON)).first().asString()
                .startsWith("bad DELIMITER_CHANGES the delimiter changes inside the message (SOH and ; mixed)");
        // a | message in a ; log is no message of it
        assertThat(whats(Logs.message("FIX.4.4", ORDER, '|'), PrintableDelimiter.SEMICOLON)).containsExactly(
                "bad BEGIN_STRING BeginString (8) is not FIX.n.n, FIX.n.nSPn or FIXT.n.n followed by SOH or ;");
    }

    @Test
    void aValueOrLineThatLooksDelimitedIsNoSignInAnSohOrPipeLog() throws Exception {
        String soh = Logs.message("FIX.4.4", Logs.soh(ORDER), Logs.SOH);
        String quoted = Logs.message("FIX.4.4", Logs.soh("35=3|34=8|45=7|58=rejected: " + order(';') + "|"), Logs.SOH);
        String pipe = Logs.message("FIX.4.4", ORDER, '|');
        for (String log : new String[] {soh + "\n" + quoted + "\n", "note " + order(',') + "\n" + pipe + "\n",
            pipe + "\n" + order('^') + "\n"}) {
            LogInspection inspection = FixLogFormat.inspect(write("a.log", log));
            assertThat(inspection.delimiter()).as(log).isEqualTo(PrintableDelimiter.PIPE);
            assertThat(inspection.notices()).as(log).isEmpty();
        }
        // ^A (SOH spelt as text) is not ^ as a delimiter: its own notice, with the sed that mends it
        LogInspection caretA = FixLogFormat.inspect(write("caret.log", soh.replace("\u0001", "^A") + "\n"));
        assertThat(caretA.delimiter()).isEqualTo(PrintableDelimiter.PIPE);
        assertThat(caretA.notices()).singleElement().asString().contains("spells SOH as the text ^A");
        // an ; header without the rest of a message (no MsgType; no CheckSum before the next start or where
        // BodyLength ends) is no sign
        for (String text : new String[] {"8=FIX.4.4;9=12;x\n", "8=FIX.4.4;9=12;35=D;\n8=FIX.4.4;9=5;35=D;\n" + "x".repeat(20)}) {
            assertThat(DelimiterDetection.detect("a.log", text.getBytes(StandardCharsets.ISO_8859_1), 0)).as(text).isNull();
        }
    }

    /** A log banner of more than 4 KiB before the first message: the delimiter is still found. */
    @Test
    void aDelimiterAfterALongBannerIsFound() throws Exception {
        String banner = ("# " + "x".repeat(78) + "\n").repeat(100);
        Path file = write("banner.log", banner + order('^') + "\n");
        LogInspection inspection = FixLogFormat.inspect(file);
        assertThat(inspection.delimiter()).isEqualTo(PrintableDelimiter.CARET);
        assertThat(inspection.notices()).singleElement().asString().contains("at line 101, byte " + banner.length() + ")");
    }

    @Test
    void aLogDelimitedByTwoOfThemIsRefusedNamingBoth() throws Exception {
        String first = "2024-01-02 " + order(';') + "\n";
        Path file = write("two.log", first + order(',') + "\n");
        assertThatThrownBy(() -> FixLogFormat.inspect(file)).isInstanceOf(FixLogFormatException.class)
                .hasMessage(file + ":2 (byte " + first.length() + "): its messages are delimited by ',' here (8=FIX.4.4,9=…)"
                        + " and by ';' at line 1 (byte 11): a scan reads one printable delimiter beside SOH; split the log"
                        + " by delimiter and scan each part, e.g. grep -E '8=FIXT?\\.[0-9.]+(SP[0-9])?;9=' " + file);
        Path caret = write("caret.log", order('^') + "\n" + order(';') + "\n");
        assertThatThrownBy(() -> FixLogFormat.inspect(caret)).hasMessageContaining("grep -E '8=FIXT?\\.[0-9.]+(SP[0-9])?\\^9='");
    }
}
