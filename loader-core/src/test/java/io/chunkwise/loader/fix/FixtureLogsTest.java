package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Log4FIX-J logs (test resources {@code fix/}, licence beside them): one message per line,
 * messages split over lines, {@code |} delimiters without a trailing delimiter, text mixed in,
 * no messages, nested groups. Each file states its expected counts in a results block.
 */
class FixtureLogsTest {

    static Stream<String> logs() {
        return Stream.of(
                "FIX42-CoyTrade-BCExchange-MarketDataRequest.log",
                "FIX42-CoyTrade-BCExchange-MessagesSplitBetweenMultipleLines.log",
                "FIX42-CoyTrade-BCExchange-NoMessagesInLog.log",
                "FIX42-CoyTrade-BCExchange-PipeDelimeter.log",
                "FIX42-CoyTrade-BCExchange-SenderAndTargetInSameLogFile.log",
                "FIX42-CoyTrade-BCExchange-SenderMessagePerLine.log",
                "FIX42-CoyTrade-BCExchange-SenderMessagePerLineMixedWithOtherText.log",
                "FIX42-CoyTrade-BCExchange-SenderMessagePerLineNoExtraLoggingInfo.log",
                "FIX42-CoyTrade-BCExchange-TargetMessagePerLine.log",
                "FIX42-CoyTrade-BCExchange-TargetMessagePerLineNoExtraLoggingInfo.log",
                "FIX44-FXSpot-WithSubparties.log");
    }

    /** The one fixture whose message states BodyLength 404 for a 375-byte body (its CheckSum is right). */
    private static final String WRONG_BODY_LENGTH = "FIX44-FXSpot-WithSubparties.log";

    @ParameterizedTest
    @MethodSource("logs")
    void countsMatchTheExpectedResultsBlock(String name) throws IOException {
        byte[] bytes = read(name);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int expectedCount = Integer.parseInt(expected(text, "ExpectedMessageCount"));
        String expectedBegin = expected(text, "ExpectedBeginString");

        List<Recorder.Event> events = Recorder.serial(MemorySegment.ofArray(bytes));
        long valid = Recorder.count(events, "msg");
        long malformed = Recorder.count(events, "bad");

        assertThat(valid + malformed).as("messages found").isEqualTo(expectedCount);
        if (name.equals(WRONG_BODY_LENGTH)) {
            // IsValid=true in the block, but BodyLength is wrong: a well-formed count here would
            // mean we do not check BodyLength. We report it, with the true body length.
            assertThat(events).singleElement().extracting(Recorder.Event::what)
                    .isEqualTo("bad BODY_LENGTH_MISMATCH BodyLength 404 but CheckSum (10) follows 375 body bytes");
        } else if ("true".equals(expected(text, "IsValid"))) {
            assertThat(malformed).as("malformed in " + name + ": " + events).isZero();
            assertThat(events).allSatisfy(e -> assertThat(e.what()).startsWith("msg " + expectedBegin + " "));
        }
    }

    @ParameterizedTest
    @MethodSource("logs")
    void everyChunkingAgreesWithTheSerialScan(String name) throws IOException {
        MemorySegment log = MemorySegment.ofArray(read(name));
        List<Recorder.Event> serial = Recorder.serial(log);
        for (int chunk = 1; chunk <= log.byteSize(); chunk += chunk < 64 ? 1 : 7) {
            for (int workers : new int[] {1, 3}) {
                assertThat(Recorder.scan(log, new ScanOptions(workers, chunk, true, null)))
                        .as("chunk %d, workers %d", chunk, workers).isEqualTo(serial);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("logs")
    void repeatingGroupsDoNotHideOrInventTheTopLevelInstrument(String name) throws IOException {
        List<Recorder.Event> events = Recorder.serial(MemorySegment.ofArray(read(name)));
        if (name.contains("MarketDataRequest")) {
            // 146=1|55=ADSX|48=SECRET|22=1: the instrument is inside NoRelatedSym, not top level
            assertThat(events).singleElement().extracting(Recorder.Event::what).asString()
                    .contains("35=V 34=11 55=null 48=null 22=null").contains("folded");
        }
        if (name.contains("SenderAndTarget")) {
            assertThat(events.get(2).what()).contains("35=D 34=2 55=AAPL");
            assertThat(events.get(2).line()).isEqualTo(3);
        }
    }

    static byte[] read(String name) throws IOException {
        try (InputStream in = FixtureLogsTest.class.getResourceAsStream("/fix/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String expected(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "=([^\\r\\n]*)").matcher(text);
        assertThat(m.find()).as(key).isTrue();
        return m.group(1);
    }
}
