package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QuickFIX/J's event log quotes the raw text of a message inside an event line; fed with the messages
 * log (or interleaved with it) that message counted twice. A message quoted in an event line, told by
 * the line's shape as QuickFIX/J 2.3 writes it (FileLog's {@code time: text}, ScreenLog's
 * {@code <time, session, event> (text)}), is counted as {@code quoted}, never as a message or a
 * malformed one; alike by every chunking.
 */
class EventLogQuoteTest {
    private static final String T = "20241121-10:15:02.123: ";
    private static final String NOS = Logs.message("FIX.4.4",
            Logs.soh("35=D|34=7|49=BANZAI|56=EXEC|52=20241121-10:15:02.120|11=1|55=IBM|54=1|38=100|40=1|"), Logs.SOH);
    private static final String EXEC = Logs.message("FIX.4.4",
            Logs.soh("35=8|34=8|49=EXEC|56=BANZAI|52=20241121-10:15:02.121|37=9|17=9|150=0|39=0|55=MSFT|"), Logs.SOH);
    /** A NewOrderSingle with a wrong CheckSum: the messages log holds it as written, a malformed message. */
    private static final String BAD = NOS.substring(0, NOS.length() - 4) + "999" + Logs.SOH;

    private static ScanSummary scan(String log, int workers, long chunkSize) {
        MemorySegment bytes = Logs.segment(log);
        return FixScanner.scan(bytes, new ScanOptions(workers, chunkSize, true, null), Recorder::new,
                (Recorder r, ChunkStats c) -> { });
    }

    private static List<Recorder.Event> events(String log) {
        return Recorder.serial(Logs.segment(log));
    }

    /** The messages log and the event log of one FileLog session, fed together (cat messages.log event.log). */
    private static String fileLogs() {
        String messages = T + NOS + "\n" + T + EXEC + "\n" + T + BAD + "\n";
        String events = T + "Created session: FIX.4.4:BANZAI->EXEC\n"
                + T + "Received logon\n"
                + T + "Rejecting invalid message: quickfix.FieldException: Tag specified without a value, field=58: " + NOS + "\n"
                + T + "Enqueued at pos 8: " + EXEC + "\n"
                + T + "Invalid message: Expected CheckSum=24, Received CheckSum=999 in " + BAD + "\n"
                + T + "Sent ResendRequest FROM: 5 TO: infinity\n";
        return messages + events;
    }

    @Test
    void messagesQuotedInFileLogEventLinesAreCountedOnceAsQuotes() {
        String log = fileLogs();
        for (int workers : new int[] {1, 2, 3}) {
            for (long chunk : List.of(1L, 7L, 64L, 300L, (long) log.length())) {
                ScanSummary s = scan(log, workers, chunk);
                String as = workers + " workers, " + chunk + "-byte chunks";
                assertThat(s.messages()).as(as).isEqualTo(2);
                assertThat(s.malformed()).as(as).isEqualTo(1);
                assertThat(s.quoted()).as(as).isEqualTo(3);
                assertThat(s.holdsNoMessage()).as(as).isFalse();
            }
        }
        assertThat(events(log)).extracting(Recorder.Event::offset)
                .containsExactly((long) T.length(), (long) (2 * T.length() + NOS.length() + 1),
                        (long) (3 * T.length() + NOS.length() + EXEC.length() + 2));
    }

    @Test
    void anEventLogAloneHoldsNoMessageOfItsOwn() {
        String log = fileLogs();
        String events = log.substring(log.indexOf(T + "Created"));
        ScanSummary s = scan(events, 1, 1 << 20);
        assertThat(s.messages()).isZero();
        assertThat(s.malformed()).isZero();
        assertThat(s.quoted()).isEqualTo(3);
        assertThat(s.holdsNoMessage()).isTrue();
    }

    @Test
    void screenLogEventLinesQuoteAndItsIncomingLinesAreMessages() {
        String log = "<20241121-10:15:02, FIX.4.4:BANZAI->EXEC, incoming> (" + NOS + ")\n"
                + "<20241121-10:15:02, FIX.4.4:BANZAI->EXEC, error> (Rejecting message: quickfix.IncorrectTagValue: " + NOS + ")\n"
                + "<20241121-10:15:03, FIX.4.4:BANZAI->EXEC, outgoing> (" + EXEC + ")\n"
                + "<20241121-10:15:03, FIX.4.4:BANZAI->EXEC, event> (Enqueued at pos 8: " + EXEC + ")\n";
        for (long chunk : List.of(1L, 50L, (long) log.length())) {
            ScanSummary s = scan(log, 2, chunk);
            assertThat(s.messages()).as(chunk + "-byte chunks").isEqualTo(2);
            assertThat(s.malformed()).as(chunk + "-byte chunks").isZero();
            assertThat(s.quoted()).as(chunk + "-byte chunks").isEqualTo(2);
        }
    }

    @Test
    void aMessagesLogIsUnaffectedWhateverItsPrefixesOrAPreviousMessagesTextSay() {
        // a log4j pattern's prefix; a message straight after one whose 58 holds an event's words: not a quote
        String quoting = Logs.message("FIX.4.4", Logs.soh("35=3|34=9|58=Invalid message: |"), Logs.SOH);
        String log = "2024-11-21 10:15:02,123 INFO  quickfixj.msg.incoming - " + NOS + "\n"
                + NOS + "\n"
                + quoting + EXEC + "\n";
        ScanSummary s = scan(log, 1, 1 << 20);
        assertThat(s.messages()).isEqualTo(4);
        assertThat(s.quoted()).isZero();
        assertThat(s.holdsNoMessage()).isFalse();
    }

    @Test
    void anEmptyLogOrOneWithoutFixHoldsNoMessage() {
        assertThat(scan("", 1, 1 << 20).holdsNoMessage()).isTrue();
        assertThat(scan("just a text file\n", 1, 1 << 20).holdsNoMessage()).isTrue();
        assertThat(scan(BAD + "\n", 1, 1 << 20).holdsNoMessage()).isFalse();
    }
}
