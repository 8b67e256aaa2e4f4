package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: engines and tools outside FIXT write FIX 5.0's service pack into BeginString
 * ({@code 8=FIX.5.0SP2}); every such message was a BEGIN_STRING reject, so a log of them had nothing
 * checked. {@code FIX.n.nSPn} is a BeginString now; FIXT has no service pack, so {@code FIXT.1.1SP2} stays one.
 */
class ServicePackBeginStringTest {
    private static final String ORDER = "35=D|34=7|49=A|56=B|55=IBM|48=459200101|22=1|54=1|";

    @TempDir
    Path dir;

    private static String order(String begin, char d) {
        return Logs.message(begin, ORDER.replace('|', d), d);
    }

    @Test
    void aServicePackBeginStringIsAMessageInEveryScan() {
        String log = "20241121-09:30:00.123: " + order("FIX.5.0SP2", Logs.SOH) + "\n"
                + order("FIX.5.0SP1", '|') + "\n"
                // written straight after a message cut after a digit: found by its whole header
                + "8=FIX.4.4" + Logs.SOH + "9=80" + Logs.SOH + "35=D" + Logs.SOH + "56" + order("FIX.5.0SP2", Logs.SOH) + "\n"
                + order("FIXT.1.1SP2", Logs.SOH) + "\n";
        MemorySegment seg = Logs.segment(log);
        List<Recorder.Event> serial = Recorder.serial(seg);
        assertThat(serial).extracting(Recorder.Event::what).satisfiesExactly(
                w -> assertThat(w).startsWith("msg FIX.5.0SP2 35=D 34=7 55=IBM 48=459200101 22=1"),
                w -> assertThat(w).startsWith("msg FIX.5.0SP1 35=D 34=7 55=IBM"),
                w -> assertThat(w).startsWith("bad "),
                w -> assertThat(w).startsWith("msg FIX.5.0SP2 35=D 34=7 55=IBM"),
                w -> assertThat(w).isEqualTo("bad BEGIN_STRING BeginString (8) is not FIX.n.n, FIX.n.nSPn or FIXT.n.n"
                        + " followed by SOH or |"));
        for (long chunk : new long[] {1, 7, 64}) {
            assertThat(Recorder.scan(seg, ScanOptions.parallel(3).withChunkSize(chunk))).as("chunk %d", chunk).isEqualTo(serial);
        }
    }

    @Test
    void aSemicolonLogOfServicePackMessagesIsFoundAndScannedSo() throws Exception {
        Path log = Files.writeString(dir.resolve("sp2.log"),
                order("FIX.5.0SP2", ';') + "\n" + order("FIX.5.0SP2", ';') + "\n", StandardCharsets.ISO_8859_1);
        LogInspection seen = FixLogFormat.inspect(log);
        assertThat(seen.delimiter()).isEqualTo(PrintableDelimiter.SEMICOLON);
        assertThat(seen.notices()).singleElement().asString()
                .contains("its messages are delimited by ';', not SOH or | (8=FIX.5.0SP2;9=… at line 1, byte 0)");
        MemorySegment seg = MemorySegment.ofArray(Files.readAllBytes(log));
        assertThat(Recorder.scan(seg, ScanOptions.serial().withDelimiter(seen.delimiter())))
                .extracting(Recorder.Event::what).hasSize(2).allMatch(w -> w.startsWith("msg FIX.5.0SP2 35=D"));
    }
}
