package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quickfix.DataDictionary;
import quickfix.InvalidMessage;
import quickfix.Message;

/**
 * QuickFIX/J as an independent oracle: it builds the messages (its own BodyLength and CheckSum),
 * we damage some of them, and it judges each one alone. Our scan of the whole log, with
 * prefixes and garbage between messages, must find exactly the messages QuickFIX/J accepts, at
 * their offsets, with the fields QuickFIX/J put there — serially and in parallel.
 */
class QuickFixOracleTest {
    private static DataDictionary dictionary;

    @BeforeAll
    static void dictionary() throws Exception {
        dictionary = new DataDictionary("FIX44.xml");
    }

    /** A planted message: its text, where it is, and what QuickFIX/J thinks of it. */
    private record Planted(long offset, String text, boolean valid, int seq, String symbol, String rawData) {
    }

    private static String build(int seq, String symbol, String cusip, String raw) {
        Message m = new Message();
        m.getHeader().setString(8, "FIX.4.4");
        m.getHeader().setString(35, "D");
        m.getHeader().setString(49, "SENDER");
        m.getHeader().setString(56, "TARGET");
        m.getHeader().setInt(34, seq);
        m.getHeader().setString(52, "20240102-09:30:00.123");
        m.setString(11, "ORD" + seq);
        m.setString(55, symbol);
        m.setString(48, cusip);
        m.setString(22, "1");
        m.setChar(54, '1');
        m.setInt(38, 100 + seq);
        m.setChar(40, '2');
        if (raw != null) {
            m.setInt(95, raw.length());
            m.setString(96, raw);
        }
        return m.toString();
    }

    private static boolean quickFixAccepts(String text) {
        try {
            new Message().fromString(text, dictionary, true);
            return true;
        } catch (InvalidMessage | RuntimeException e) {
            return false;
        }
    }

    private static String damage(String text, int kind, Random random) {
        return switch (kind) {
            case 0 -> { // BodyLength too large or too small
                int at = text.indexOf("\u00019=") + 3;
                int end = text.indexOf('\u0001', at);
                int len = Integer.parseInt(text.substring(at, end));
                yield text.substring(0, at) + (len + (random.nextBoolean() ? 1 : -1)) + text.substring(end);
            }
            case 1 -> { // wrong CheckSum
                int at = text.lastIndexOf("\u000110=") + 4;
                int cs = Integer.parseInt(text.substring(at, at + 3));
                yield text.substring(0, at) + String.format("%03d", (cs + 1 + random.nextInt(254)) % 256) + text.substring(at + 3);
            }
            case 2 -> text.substring(0, text.lastIndexOf("\u000110=") + 1); // no CheckSum field
            default -> { // a body byte changed: CheckSum catches it
                int at = text.indexOf("\u000111=") + 4;
                yield text.substring(0, at) + 'X' + text.substring(at + 1);
            }
        };
    }

    private static String randomRaw(Random random, boolean pipeLog) {
        String alphabet = pipeLog ? "ab\u0001\n\r=8FIX.x" : "ab|\u0001\n\r=8FIX.x";
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextInt(3) == 0) {
            sb.append("8=FIX.4.4\u00019=5\u000135=0\u0001");
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void weFindExactlyWhatQuickFixAccepts(boolean pipeLog) {
        Random random = new Random(pipeLog ? 7 : 11);
        String[] prefixes = {"", "20240102-09:30:00.123: ", "<== ", "INFO  [main] FIX -> ", "\u0000\u0000"};
        String[] garbage = {"", "heartbeat ok\n", "58=FIX not a start\n", "8=FIY\n", "\n\n"};
        StringBuilder log = new StringBuilder();
        List<Planted> planted = new ArrayList<>();
        for (int seq = 1; seq <= 400; seq++) {
            log.append(garbage[random.nextInt(garbage.length)]).append(prefixes[random.nextInt(prefixes.length)]);
            boolean withRaw = random.nextInt(4) == 0;
            String raw = withRaw ? randomRaw(random, pipeLog) : null;
            String symbol = "SYM" + random.nextInt(50);
            String text = build(seq, symbol, "0378331" + (10 + random.nextInt(90)), raw);
            if (!withRaw && random.nextInt(5) == 0) {
                text = damage(text, random.nextInt(4), random);
            }
            boolean valid = quickFixAccepts(text);
            if (pipeLog) {
                text = text.replace('\u0001', '|');
            }
            planted.add(new Planted(log.length(), text, valid, seq, symbol, raw));
            log.append(text).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        // a truncated last message
        String last = build(401, "LAST", "037833100", null);
        planted.add(new Planted(log.length(), last, false, 401, "LAST", null));
        log.append(pipeLog ? last.replace('\u0001', '|') : last, 0, last.length() - 9);

        MemorySegment seg = MemorySegment.ofArray(log.toString().getBytes(StandardCharsets.ISO_8859_1));
        List<Recorder.Event> events = Recorder.serial(seg);
        List<String> expected = new ArrayList<>();
        for (Planted p : planted) {
            expected.add(p.offset() + (p.valid() ? " msg" : " bad"));
        }
        assertThat(events.stream().map(e -> e.offset() + (e.what().startsWith("msg") ? " msg" : " bad")).toList())
                .isEqualTo(expected);
        assertThat(planted.stream().filter(Planted::valid).count()).as("QuickFIX/J accepted most").isGreaterThan(300);

        // fields as QuickFIX/J wrote them, data fields included
        List<String> seen = new ArrayList<>();
        FixScanner.scan(seg, new FixHandler() {
            private final FieldCursor cursor = new FieldCursor();
            private final InstrumentFields top = new InstrumentFields();

            @Override
            public void message(FixMessage m) {
                top.read(m);
                String raw = null;
                for (FieldCursor c = cursor.reset(m); c.next(); ) {
                    if (c.tag() == 96) {
                        raw = c.value();
                    }
                }
                seen.add(top.value(InstrumentFields.Field.MSG_SEQ_NUM) + " " + top.value(InstrumentFields.Field.SYMBOL) + " " + raw);
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                // counted above
            }
        });
        assertThat(seen).isEqualTo(planted.stream().filter(Planted::valid)
                .map(p -> p.seq() + " " + p.symbol() + " " + (p.rawData() == null ? null
                        : pipeLog ? p.rawData().replace('\u0001', '|') : p.rawData())).toList());

        for (int chunk : new int[] {64, 257, 1000, 4096}) {
            assertThat(Recorder.scan(seg, new ScanOptions(2, chunk, true, null))).as("chunk %d", chunk).isEqualTo(events);
        }
    }
}
