package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.foreign.MemorySegment;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile logs: every malformation, garbage, data fields holding delimiters and false starts. */
class HostileLogTest {
    private static final String ORDER = "35=D|34=7|49=S|56=T|55=IBM|48=459200101|22=1|54=1|38=100|";

    private static String good(String body) {
        return Logs.message("FIX.4.4", Logs.soh(body), Logs.SOH);
    }

    private static List<String> whats(String log) {
        return Recorder.serial(Logs.segment(log)).stream().map(Recorder.Event::what).toList();
    }

    private static List<Long> offsets(String log) {
        return Recorder.serial(Logs.segment(log)).stream().map(Recorder.Event::offset).toList();
    }

    @Test
    void validMessagesWithPrefixesAndGarbageBetween() {
        String a = good(ORDER);
        String b = Logs.message("FIX.4.2", ORDER.replace("34=7", "34=8"), '|');
        String log = "20240101-10:00:00.000: " + a + "\nno fix here 8=FIY 58=FIXED\n<== " + b + "\ntrailing junk";
        assertThat(whats(log)).containsExactly(
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + a.length(),
                "msg FIX.4.2 35=D 34=8 55=IBM 48=459200101 22=1 len=" + b.length());
        assertThat(offsets(log)).containsExactly(23L, (long) log.indexOf("<== ") + 4);
    }

    @Test
    void bodyLengthTooLargeOrTooSmallIsMalformedAndDoesNotSwallowTheNext() {
        String ok = good(ORDER);
        String declared = "9=" + Logs.soh(ORDER).length();
        String tooLarge = ok.replace(declared, "9=" + (Logs.soh(ORDER).length() + 1));
        String tooSmall = ok.replace(declared, "9=" + (Logs.soh(ORDER).length() - 1));
        int n = Logs.soh(ORDER).length();
        assertThat(whats(tooLarge + ok)).containsExactly(
                "bad BODY_LENGTH_MISMATCH BodyLength " + (n + 1) + " but CheckSum (10) follows " + n + " body bytes",
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
        assertThat(whats(tooSmall + "\n" + ok)).containsExactly(
                "bad BODY_LENGTH_MISMATCH BodyLength " + (n - 1) + " but CheckSum (10) follows " + n + " body bytes",
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
    }

    @Test
    void garbledHeadersClaimingHugeBodiesAreEachMalformedAndTheValidOneAfterThemSurvives() {
        // each claims up to the end of the log: searched to the end each time, 4 MiB of these took 55 s
        String garbled = Logs.soh("8=FIX.4.4|9=999999999|35=D|49=S|");
        String wrapped = Logs.soh("8=FIX.4.4|9=60000|35=D|49=S|") + "\n"; // re-joined, up to the next message
        String ok = good(ORDER);
        String log = garbled.repeat(20_000) + wrapped.repeat(20_000) + ok;
        for (ScanOptions options : List.of(ScanOptions.serial().withChunkSize(log.length()), ScanOptions.parallel(2).withChunkSize(4096))) {
            List<Recorder.Event> events = Recorder.scan(Logs.segment(log), options);
            assertThat(Recorder.count(events, "bad ")).isEqualTo(40_000);
            assertThat(events.getLast().what()).isEqualTo("msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
        }
    }

    @Test
    void wrongCheckSumIsMalformedWithBothValues() {
        String ok = good(ORDER);
        int stated = Integer.parseInt(ok.substring(ok.length() - 4, ok.length() - 1));
        int wrong = (stated + 1) % 256;
        String bad = ok.substring(0, ok.length() - 4) + String.format("%03d", wrong) + Logs.SOH;
        assertThat(whats(bad + ok)).containsExactly(
                String.format("bad CHECKSUM_MISMATCH CheckSum %03d but the bytes sum to %03d", wrong, stated),
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
    }

    /** QA-14 W14-4: a venue that sums the | bytes themselves, or a | inside a text value, gets both sums. */
    @Test
    void aPipeMessagesCheckSumMismatchGivesTheSumAsWrittenToo() {
        String head = "8=FIX.4.4|9=25|35=D|49=A|56=B|34=1|55=X|";
        int asWritten = head.chars().sum() & 0xFF;
        int asSoh = (int) ((head.chars().sum() - head.chars().filter(c -> c == '|').count() * ('|' - 1)) & 0xFF);
        String venue = head + "10=" + String.format("%03d", asWritten) + "|\n";
        assertThat(whats(venue)).containsExactly(String.format("bad CHECKSUM_MISMATCH CheckSum %03d but the bytes sum to %03d"
                + " with each | counted as SOH (%03d as written)", asWritten, asSoh, asWritten));
        // an SOH message's mismatch has one sum only
        String ok = good(ORDER);
        String wrong = ok.substring(0, ok.length() - 4) + "000" + Logs.SOH;
        assertThat(whats(wrong)).singleElement().asString().doesNotContain("as written");
    }

    /**
     * A logger that prints SOH as | leaves a | of a text value as it was: that one is the venue's own
     * byte, summed as written, so the message is valid (its symbol checked), not a CHECKSUM_MISMATCH.
     */
    @Test
    void aPipeInsideAValueOfAPipeMessageIsSummedAsWritten() {
        String body = Logs.soh("35=D|34=1|49=A|56=B|58=hedge ") + "|" + Logs.soh(" client 42|55=IBM|");
        int sum = 0;
        String upTo = "8=FIX.4.4" + Logs.SOH + "9=" + body.length() + Logs.SOH + body;
        for (int i = 0; i < upTo.length(); i++) {
            sum += upTo.charAt(i);
        }
        String logged = (upTo + "10=" + String.format("%03d", sum & 0xFF) + Logs.SOH).replace(Logs.SOH, '|');
        assertThat(whats("20240102-09:30:00 : " + logged + "\n")).singleElement().asString().startsWith("msg ");
        // a wrong sum is still wrong
        String wrong = logged.substring(0, logged.length() - 4) + String.format("%03d", (sum + 1) & 0xFF) + "|";
        assertThat(whats(wrong + "\n")).singleElement().asString().startsWith("bad CHECKSUM_MISMATCH");
    }

    @Test
    void missingCheckSumIsMalformedAndTheNextMessageSurvives() {
        String ok = good(ORDER);
        String noTen = ok.substring(0, ok.indexOf(Logs.SOH + "10=") + 1);
        assertThat(whats(noTen + "\n" + ok)).containsExactly(
                "bad CHECKSUM_MISSING no CheckSum (10) field",
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
    }

    /** QA-7 Q7-6: SOH for the header, | after it (or the other way round): the reason says the delimiter changes. */
    @Test
    void aDelimiterThatChangesInsideTheMessageIsNamed() {
        String piped = Logs.message("FIX.4.4", ORDER, '|');
        String mixed = piped.replaceFirst("\\|", "\u0001").replaceFirst("\\|", "\u0001").replaceFirst("\\|", "\u0001");
        String reverse = good(ORDER).replaceFirst("\u0001", "|").replaceFirst("\u0001", "|").replaceFirst("\u0001", "|");
        String ok = good(ORDER);
        for (String bad : new String[] {mixed, reverse}) {
            String log = "pre " + bad + "\n" + ok;
            long at = 4 + bad.lastIndexOf("10=");
            assertThat(whats(log)).as(bad).containsExactly(
                    "bad DELIMITER_CHANGES the delimiter changes inside the message (SOH and | mixed): no CheckSum (10)"
                            + " follows the delimiter after BeginString, one follows the other at byte " + at,
                    "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
            assertEveryBoundaryGivesTheSerialResult(log);
        }
        // a | inside an SOH message's value with no CheckSum after it is no sign: the CheckSum is missing
        String noTen = ok.substring(0, ok.indexOf(Logs.SOH + "10=") + 1).replace("49=S", "49=S|T");
        assertThat(whats(noTen + "\n" + ok).getFirst()).isEqualTo("bad CHECKSUM_MISSING no CheckSum (10) field");
    }

    @Test
    void rawDataMayHoldSohPipeLineBreaksAndAWholeFakeMessage() {
        String fake = good("35=0|34=99|");
        String raw = "x" + Logs.SOH + "|\n" + fake + "\r\n8=FIX";
        String body = "35=D|34=7|55=IBM|95=" + raw.length() + "|96=" + raw + "|54=1|";
        String msg = Logs.message("FIX.4.4", body.replace("|", String.valueOf(Logs.SOH)).replace(
                String.valueOf(Logs.SOH) + "96=" + raw.replace('|', Logs.SOH), Logs.SOH + "96=" + raw), Logs.SOH);
        // the replace above keeps the raw value byte-exact while the other delimiters become SOH
        assertThat(msg).contains(raw);
        String log = msg + "\n" + good(ORDER);
        assertThat(whats(log)).containsExactly(
                "msg FIX.4.4 35=D 34=7 55=IBM 48=null 22=null len=" + msg.length(),
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + good(ORDER).length());

        List<String> values = new ArrayList<>();
        FixScanner.scan(Logs.segment(msg), new FixHandler() {
            private final FieldCursor cursor = new FieldCursor();

            @Override
            public void message(FixMessage m) {
                for (FieldCursor c = cursor.reset(m); c.next(); ) {
                    values.add(c.tag() + "=" + c.value());
                }
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                values.add("bad");
            }
        });
        assertThat(values).contains("96=" + raw).endsWith("54=1", "10=" + msg.substring(msg.length() - 4, msg.length() - 1));
    }

    @Test
    void aMalformedMessageHidingAFakeMessageReportsBoth() {
        String fake = good("35=0|34=99|");
        String raw = "x" + fake;
        String body = Logs.soh("35=D|34=7|55=IBM|95=" + raw.length() + "|96=") + raw + Logs.SOH;
        String ok = Logs.message("FIX.4.4", body, Logs.SOH);
        String broken = ok.replace("|10=", "|10=").substring(0, ok.length() - 4) + "999" + Logs.SOH;
        // resumes at the next 8=FIX after the broken message's start: the fake one inside it
        assertThat(whats(broken)).hasSize(2).first().asString().startsWith("bad CHECKSUM_MISMATCH");
        assertThat(whats(broken).get(1)).startsWith("msg FIX.4.4 35=0 34=99");
    }

    @Test
    void truncatedLastMessageIsMalformed() {
        String ok = good(ORDER);
        for (int cut = 5; cut < ok.length() - 1; cut++) {
            List<String> w = whats(ok + "\n" + ok.substring(0, cut));
            assertThat(w).as("cut at %d", cut).hasSize(2);
            assertThat(w.get(1)).as("cut at %d", cut).startsWith("bad ");
        }
        assertThat(whats(ok + ok.substring(0, ok.length() - 10)).get(1)).startsWith("bad TRUNCATED");
        // the very last message may lack its final delimiter
        assertThat(whats(ok.substring(0, ok.length() - 1))).singleElement().asString().startsWith("msg ");
    }

    @Test
    void aMessageCutInItsCheckSumSaysSoNotThatItsBodyLengthRunsPastTheEnd() {
        String ok = good(ORDER);
        long bodyLength = ORDER.length();
        String cutInSum = "bad TRUNCATED cut in its CheckSum (10) at the end of the input (all " + bodyLength
                + " body bytes of its BodyLength are there)";
        for (int kept = 0; kept <= 5; kept++) { // "", "1", "10", "10=", "10=N", "10=NN"
            String cut = ok.substring(0, ok.length() - 7 + kept);
            for (String end : new String[] {"", "\n", "\r\n"}) {
                // six bytes after the body are read as a CheckSum field that is not three digits
                String why = kept + end.length() < 6 ? cutInSum
                        : "bad CHECKSUM_INVALID " + Malformation.CHECKSUM_INVALID.description();
                assertThat(whats(ok + "\n" + cut + end)).as("%s|%s", cut, end).last().isEqualTo(why);
            }
        }
        assertThat(whats(ok.substring(0, ok.length() - 8))).singleElement().asString()
                .isEqualTo("bad TRUNCATED BodyLength " + bodyLength + " runs past the end of the input");
        assertThat(whats(ok.substring(0, ok.length() - 7) + "1x")).singleElement().asString()
                .isEqualTo("bad TRUNCATED BodyLength " + bodyLength + " runs past the end of the input");
    }

    @Test
    void aMessageRightAfterADigitIsFoundWhenItsHeaderIsWhole() {
        String ok = good(ORDER);
        // a writer that died mid-field ("…|56") and one that prints a timestamp with no separator
        String truncatedThenOk = ok.substring(0, ok.indexOf("56=T") + 2) + ok;
        assertThat(whats(truncatedThenOk)).hasSize(2);
        assertThat(whats(truncatedThenOk).get(0)).startsWith("bad ");
        assertThat(whats(truncatedThenOk).get(1)).startsWith("msg FIX.4.4 35=D 34=7");
        assertThat(offsets(truncatedThenOk).get(1)).isEqualTo(ok.indexOf("56=T") + 2);
        String pipe = Logs.message("FIXT.1.1", ORDER, '|');
        assertThat(whats("10:00:00.123" + pipe)).singleElement().asString().startsWith("msg FIXT.1.1 35=D");
        // the text of tag 58 or 18 is still no start, even with a version after it
        assertThat(whats("58=FIX rocks|18=FIX.4.4 too|58=FIX.4.4|9x")).isEmpty();
    }

    @Test
    void headerOrderIsChecked() {
        assertThat(whats(good(ORDER).replace("8=FIX.4.4", "8=FIXX.4.4"))).singleElement().asString()
                .startsWith("bad BEGIN_STRING");
        assertThat(whats("8=FIX.4.4" + Logs.SOH + "35=D" + Logs.SOH + "9=5" + Logs.SOH)).singleElement().asString()
                .startsWith("bad BODY_LENGTH_MISSING");
        assertThat(whats("8=FIX.4.4" + Logs.SOH + "9=x" + Logs.SOH)).singleElement().asString()
                .startsWith("bad BODY_LENGTH_INVALID");
        // ten digits and more are refused as such, not as "not a number"
        assertThat(whats(good(ORDER).replaceFirst("\u00019=\\d+\u0001", "\u00019=2147483647\u0001"))).singleElement()
                .asString().startsWith("bad BODY_LENGTH_INVALID");
        assertThat(Malformation.BODY_LENGTH_INVALID.description()).contains("at most nine digits");
        assertThat(whats(Logs.message("FIX.4.4", Logs.soh("34=7|35=D|"), Logs.SOH))).singleElement().asString()
                .startsWith("bad MSG_TYPE_MISSING");
        assertThat(whats(Logs.message("FIXT.1.1", Logs.soh("35=A|34=1|"), Logs.SOH))).singleElement().asString()
                .startsWith("msg FIXT.1.1 35=A");
        // an empty MsgType is the third field: the reason must not say it is missing from there
        assertThat(whats(Logs.message("FIX.4.4", Logs.soh("35=|34=1|"), Logs.SOH))).singleElement().asString()
                .startsWith("bad MSG_TYPE_MISSING");
        assertThat(new MalformedMessage(0, 0, Malformation.MSG_TYPE_MISSING, -1, -1).detail())
                .isEqualTo("MsgType (35) is not the third field, or its value is empty or over 32 bytes");
        assertThat(whats("")).isEmpty();
        assertThat(whats("8=FIX")).singleElement().asString().startsWith("bad TRUNCATED");
    }

    @Test
    void topLevelInstrumentIgnoresGroupsThatCarryInstruments() {
        // parties group before 55: 55 is still top level
        String order = good("35=D|34=1|453=2|448=A|447=D|452=1|448=B|447=D|452=3|55=MSFT|48=594918104|22=1|");
        assertThat(whats(order).get(0)).contains("55=MSFT 48=594918104 22=1");
        // NoRelatedSym: the instrument belongs to the entries
        String mdr = good("35=V|34=2|262=1|263=1|264=0|146=2|55=A|48=X|22=1|55=B|267=1|269=0|");
        assertThat(whats(mdr).get(0)).contains("55=null 48=null 22=null");
        // a SettlementObligationReport's obligations (NoSettlOblig 1165) each carry an instrument
        String oblig = Logs.message("FIXT.1.1", Logs.soh("35=BQ|34=9|1160=r|1159=1|1165=2|430=1|55=A|48=X|22=1|430=1|55=B|"), Logs.SOH);
        assertThat(whats(oblig).get(0)).contains("55=null 48=null 22=null");
        // FIX 5.0 SP2 extension packs: a TradeMatchReport's instruments (NoInstrmtMatchSides 1889, each with
        // its sides, NoTrdMatchSides 1890) and a MassOrder's orders (NoOrderEntries 2428) each carry one
        String match = Logs.message("FIXT.1.1", Logs.soh("35=DC|34=10|49=CCP|56=FIRM|52=20261124-05:00:00.000|1128=9|"
                + "880=M1|856=0|60=20261124-05:00:00.000|1889=2|55=AAA|48=US0000000001|22=4|32=100|31=10.5|"
                + "1890=2|54=1|1009=100|54=2|1009=100|55=BBB|48=US0000000002|22=4|32=50|31=20|"
                + "1890=2|54=1|1009=50|54=2|1009=50|"), Logs.SOH);
        assertThat(whats(match).get(0)).startsWith("msg FIXT.1.1 35=DC 34=10").contains("55=null 48=null 22=null");
        String mass = Logs.message("FIXT.1.1", Logs.soh("35=DJ|34=11|2423=MO1|2428=2|2429=1|11=C1|40=2|44=10|"
                + "54=1|38=100|55=AAA|48=X|22=8|2429=1|11=C2|40=2|44=11|54=2|38=50|55=BBB|"), Logs.SOH);
        assertThat(whats(mass).get(0)).contains("55=null 48=null 22=null");
        // top-level fields before the group are kept
        String quote = good("35=R|34=3|55=TOP|146=1|55=INNER|");
        assertThat(whats(quote).get(0)).contains("55=TOP 48=null");
        // an empty value is no value
        String empty = good("35=D|34=6|55=|48=|22=1|");
        assertThat(whats(empty).get(0)).contains("55=null 48=null 22=1");
        // and a key of blanks is no key (QA-7 Q7-3); a padded one keeps its value as written, read as its key
        String blank = good("35=D|34=7|55= |48=\t|22= |");
        assertThat(whats(blank).get(0)).contains("55=null 48=null 22=null");
        String padded = good("35=D|34=8|55=\tIBM |48= 459200101|22= 1 |");
        assertThat(whats(padded).get(0)).contains("55=\tIBM  48= 459200101 22= 1  len=");
        InstrumentFields f = new InstrumentFields();
        FixScanner.scan(Logs.segment(padded), new FixHandler() {
            @Override
            public void message(FixMessage m) {
                f.read(m);
                assertThat(f.is(InstrumentFields.Field.SECURITY_ID_SOURCE, "1")).isTrue();
                assertThat(f.keyEnd(InstrumentFields.Field.SYMBOL) - f.keyStart(InstrumentFields.Field.SYMBOL)).isEqualTo(3);
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                throw new AssertionError(malformed);
            }
        });
        // NoOrders carries an instrument per order in a NewOrderList only
        String list = good("35=E|34=4|66=L1|68=2|73=2|11=A|67=1|55=IBM|54=1|11=B|67=2|55=MSFT|54=2|");
        assertThat(whats(list).get(0)).contains("55=null 48=null 22=null");
        // an allocation's or confirmation's NoOrders (and NoExecs) hold order references, before its own instrument
        for (String type : new String[] {"J", "AS", "AK"}) {
            String alloc = good("35=" + type + "|34=5|70=A1|71=0|626=1|73=1|11=ORD1|124=1|32=100|55=MSFT|48=594918104|22=1|54=1|");
            assertThat(whats(alloc).get(0)).as(type).contains("55=MSFT 48=594918104 22=1");
        }
    }

    @Test
    void everyChunkBoundaryInsideEveryMessageGivesTheSerialResult() {
        String ok = good(ORDER);
        String raw = "a" + Logs.SOH + good("35=0|34=5|") + "\n8=FIX.4.4";
        String withRaw = Logs.message("FIX.4.4", Logs.soh("35=D|34=9|55=X|95=" + raw.length() + "|96=") + raw + Logs.SOH,
                Logs.SOH);
        String broken = withRaw.substring(0, withRaw.length() - 4) + "000" + Logs.SOH;
        String rest = ok.substring(3); // a line split inside 8=FIX: counted by the scan that owns the bytes before it
        String log = rest + "\npre " + ok + "\n" + withRaw + "\n58=FIX junk\n" + broken + ok.replace("9=", "9=1")
                + ok.substring(0, 40) + ok + "\n8=\n" + rest + "|10=000|" + "\n"
                + Logs.message("FIX.4.2", ORDER, '|') + "\n" + ok.substring(0, 30) + "\n" + rest;
        MemorySegment seg = Logs.segment(log);
        List<Recorder.Event> serial = Recorder.serial(seg);
        assertThat(serial).hasSizeGreaterThan(5);
        // one per line: "rest|10=000|" is one lost start
        assertThat(Recorder.count(serial, "bad CHECKSUM_WITHOUT_START")).isEqualTo(3);
        int rescans = 0;
        for (int chunk = 1; chunk <= seg.byteSize() + 1; chunk++) {
            for (int workers : new int[] {1, 2, 3}) {
                List<Recorder.Event> all = new ArrayList<>();
                ScanSummary summary = FixScanner.scan(seg, new ScanOptions(workers, chunk, true, null), Recorder::new,
                        (Recorder r, ChunkStats c) -> r.events.forEach(e -> all.add(e.absolute(c))));
                assertThat(all).as("chunk %d workers %d", chunk, workers).isEqualTo(serial);
                rescans += summary.rescans();
            }
        }
        assertThat(rescans).as("the resynchronising rescan was exercised").isPositive();
    }

    /** The description of a trailer without a start whose 10= is at {@code at}. */
    private static String headless(long at) {
        return "bad CHECKSUM_WITHOUT_START CheckSum (10) at byte " + at + " without a message start (no 8=FIX before it on its line)";
    }

    @Test
    void aMessageSplitInsideItsBeginStringIsOneMalformedMessageAtItsLine() {
        String ok = good(ORDER);
        String split = good(ORDER.replace("34=7", "34=8"));
        String rest = split.substring(4); // "X.4.4|9=…|10=NNN|"
        String log = ok + "\n" + split.substring(0, 4) + "\n" + rest + "\n" + ok;
        long line = ok.length() + 1 + 4 + 1;
        List<Recorder.Event> events = Recorder.serial(Logs.segment(log));
        assertThat(events).extracting(Recorder.Event::what).containsExactly(
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length(),
                headless(line + rest.indexOf(Logs.SOH + "10=") + 1),
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length());
        assertThat(events.get(1).offset()).as("the fragment's line").isEqualTo(line);
        assertThat(events.get(1).line()).isEqualTo(3);
        // behind a log prefix, | delimited, CRLF: the fragment still starts at its line
        String pipe = Logs.message("FIX.4.2", ORDER, '|');
        String prefixed = "2024-01-01 10:00:00,123 INFO [main] -> 8=F\r\n2024-01-01 10:00:00,124 INFO [main] -> IX"
                + pipe.substring(5) + "\r\n" + pipe;
        List<Recorder.Event> p = Recorder.serial(Logs.segment(prefixed));
        assertThat(p).hasSize(2);
        assertThat(p.get(0).what()).isEqualTo(headless(prefixed.indexOf("|10=") + 1));
        assertThat(p.get(0).offset()).isEqualTo(prefixed.indexOf("\n") + 1);
        // the log's first and last lines, and a log of nothing else: a trailer at the very end needs no delimiter
        String first = rest + "\n" + ok + "\n" + rest.substring(0, rest.length() - 1);
        assertThat(Recorder.serial(Logs.segment(first))).extracting(Recorder.Event::what).containsExactly(
                headless(rest.indexOf(Logs.SOH + "10=") + 1),
                "msg FIX.4.4 35=D 34=7 55=IBM 48=459200101 22=1 len=" + ok.length(),
                headless(rest.length() + 1 + ok.length() + 1 + rest.indexOf(Logs.SOH + "10=") + 1));
        assertThat(whats(rest)).singleElement().asString().startsWith("bad CHECKSUM_WITHOUT_START");
        // only a line's first trailer can end a lost start: a message after it would need its own 8=FIX
        assertThat(Recorder.serial(Logs.segment(rest + rest + "a|10=123|b|10=456|\n" + rest)))
                .extracting(Recorder.Event::offset, Recorder.Event::line)
                .containsExactly(tuple(0L, 1L), tuple((long) rest.length() * 2 + 19, 2L));
    }

    @Test
    void aCheckSumWrappedOntoALineOfItsOwnAfterALostStartIsCounted() {
        // QA-8 R-2: a log that wraps long lines split the first line inside 8=FIX and the CheckSum onto its own line
        String a = "8=FIX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|10=095|";
        String log = a + "\n8=FI\nX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|\n10=095|\n" + a + "\n";
        long wrapped = log.indexOf("\n10=095") + 1;
        List<Recorder.Event> serial = Recorder.serial(Logs.segment(log));
        assertThat(serial).extracting(Recorder.Event::what).containsExactly(
                "msg FIX.4.4 35=D 34=1 55=AAPL 48=null 22=null len=" + a.length(),
                headless(wrapped),
                "msg FIX.4.4 35=D 34=1 55=AAPL 48=null 22=null len=" + a.length());
        assertThat(serial.get(1).line()).isEqualTo(4);
        // a log rotated or cut just before a CheckSum: its first line is one too
        assertThat(whats("10=095|\n" + a + "\n")).first().asString().isEqualTo(headless(0));
        // a wrapped CheckSum whose message start is there belongs to that message, and nothing is reported
        assertThat(whats(a.substring(0, a.indexOf("10=")) + "\n10=095|\n")).singleElement().asString().startsWith("msg ");
        for (int chunk = 1; chunk <= log.length() + 1; chunk++) {
            for (int workers : new int[] {1, 2}) {
                List<Recorder.Event> all = new ArrayList<>();
                FixScanner.scan(Logs.segment(log), new ScanOptions(workers, chunk, true, null), Recorder::new,
                        (Recorder r, ChunkStats c) -> r.events.forEach(e -> all.add(e.absolute(c))));
                assertThat(all).as("chunk %d workers %d", chunk, workers).isEqualTo(serial);
            }
        }
    }

    @Test
    void aCutMessageWhoseBodyLengthReachesTheNextMessagesCheckSumDoesNotSwallowIt() {
        // line 1 was cut by its logger; its BodyLength 93 reaches line 2's CheckSum, which matches
        String cut = "8=FIX.4.4|9=93|35=D|34=1|49=A|56=B|55=AAPL|58=xxxxxxxxxxxxxxxxyyy\n";
        String log = cut + "8=FIX.4.4|9=27|35=D|34=2|49=A|56=B|55=ZZZ|10=079|\n"
                + "8=FIX.4.4|9=28|35=D|34=3|49=A|56=B|55=AAPL|10=097|\n";
        assertThat(whats(log)).containsExactly(
                "bad RUNS_INTO_NEXT BodyLength 93 runs into the next message: a line inside the body starts with 8=FIX (byte "
                        + cut.length() + ")",
                "msg FIX.4.4 35=D 34=2 55=ZZZ 48=null 22=null len=49",
                "msg FIX.4.4 35=D 34=3 55=AAPL 48=null 22=null len=50");
        // after a CR LF too (a frame built to match, as the cut message's happens to)
        String crlf = Logs.message("FIX.4.4", "35=D|34=1|58=cut\r\n8=FIX.4.4|9=5|35=0|", '|');
        assertThat(whats(crlf + "\r\n")).extracting(w -> w.split(" ")[1]).containsExactly("RUNS_INTO_NEXT", "CHECKSUM_MISMATCH");
        assertEveryBoundaryGivesTheSerialResult(log);
    }

    @Test
    void garbledHeadersNeverSwallowALaterLineWhoseCheckSumHappensToMatch() {
        // with BodyLength 559, line 10's frame ends at line 20's "10=000" and the sum matches
        int lines = 300;
        StringBuilder b = new StringBuilder();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            starts.add((long) b.length());
            b.append("8=FIX.4.4|9=559|35=D|34=").append(i).append("|49=A|56=B|55=AAPL|10=000|\n");
        }
        List<Recorder.Event> events = Recorder.serial(Logs.segment(b.toString()));
        assertThat(events).extracting(Recorder.Event::offset).isEqualTo(starts);
        assertThat(events.get(10).what()).startsWith("bad RUNS_INTO_NEXT");
        assertEveryBoundaryGivesTheSerialResult(b.substring(0, starts.get(40).intValue()));
    }

    @Test
    void aLineStartingWithFixInsideADataValueIsData() {
        // the same frame as a cut message's, but the 8=FIX line is RawData (95/96) or XmlData (212/213): valid
        String fake = "x\n8=FIX.4.4|9=5|35=0|10=000|\r\n8=FIX";
        for (String pair : new String[] {"95=%d|96=", "212=%d|213=", "93=%d|89=", "354=%d|355="}) {
            String ok = Logs.message("FIX.4.4", "35=D|34=1|" + pair.formatted(fake.length()) + fake + "|55=AAPL|", '|');
            assertThat(whats(ok + "\n" + ok)).as(pair).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("msg "));
        }
        // a wrong length, or a value that is not a data field's: the line break is not data
        String wrongLength = Logs.message("FIX.4.4", "35=D|34=1|95=3|96=" + fake + "|55=AAPL|", '|');
        String text = Logs.message("FIX.4.4", "35=D|34=1|58=" + fake + "|55=AAPL|", '|');
        assertThat(whats(wrongLength).getFirst()).startsWith("bad RUNS_INTO_NEXT");
        assertThat(whats(text).getFirst()).startsWith("bad RUNS_INTO_NEXT");
        // a line break not followed by 8=FIX is not checked further
        assertThat(whats(Logs.message("FIX.4.4", "35=D|34=1|58=a\nb|55=AAPL|", '|'))).singleElement().asString()
                .startsWith("msg ");
    }

    @Test
    void aLogWhoseLinesEndInABareCrIsNamedInANotice() {
        String ok = good(ORDER);
        byte[] cr = (ok + "\r" + ok + "\r").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FixLogFormat.requireText("cr.log", cr, true)).singleElement().satisfies(n -> assertThat(n)
                .startsWith("cr.log: its lines end in a bare CR").contains("count LF line breaks"));
        // what the notice warns of: the whole log is line 1, and a lost start is not found
        String lost = ok + "\r" + ok.substring(4) + "\r" + ok + "\r";
        assertThat(Recorder.serial(Logs.segment(lost))).extracting(Recorder.Event::line).containsExactly(1L, 1L);
        // LF or CR LF line breaks, a log of one line, a CR cut off at the end of the bytes read: no notice
        for (String text : new String[] {ok + "\n" + ok, ok + "\r\n" + ok + "\r\n", ok, ok + "\r"}) {
            byte[] head = text.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(FixLogFormat.requireText("a.log", head, false)).as(text).isEmpty();
        }
        assertThat(FixLogFormat.requireText("a.log", (ok + "\r").getBytes(StandardCharsets.ISO_8859_1), true))
                .hasSize(1);
        // a CR inside a first message longer than the bytes read (a News text's) is a value's: no notice,
        // whose tr would turn it into a line feed and break the message's CheckSum
        String news = good("35=B|34=1|148=h|33=1|58=one\rtwo " + "z".repeat(5000) + "|") + "\n" + ok + "\n";
        assertThat(whats(news)).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("msg "));
        assertThat(FixLogFormat.requireText("news.log", news.substring(0, 4096).getBytes(StandardCharsets.ISO_8859_1), false))
                .isEmpty();
    }

    /** QA-7 Q7-6: a log saved through cat -v spells SOH as the two characters ^A; its every message is malformed. */
    @Test
    void aLogThatSpellsSohAsCaretAIsNamedInANotice() {
        String ok = good(ORDER);
        String caret = "20240102-09:30:00 " + ok.replace(String.valueOf(Logs.SOH), "^A") + "\n";
        assertThat(whats(caret)).singleElement().asString().startsWith("bad BEGIN_STRING");
        byte[] head = (caret + caret).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FixLogFormat.requireText("caret.fix", head, true)).singleElement().asString()
                .startsWith("caret.fix: the log spells SOH as the text ^A").endsWith("sed 's/\\^A/\\x01/g'");
        String fixt = Logs.message("FIXT.1.1", Logs.soh("35=A|34=1|"), Logs.SOH).replace(String.valueOf(Logs.SOH), "^A");
        assertThat(FixLogFormat.requireText("t.fix", fixt.getBytes(StandardCharsets.ISO_8859_1), true)).hasSize(1);
        // and with bare CR line breaks too, both are said
        assertThat(FixLogFormat.requireText("both.fix", (caret.strip() + "\r" + caret.strip() + "\r")
                .getBytes(StandardCharsets.ISO_8859_1), true)).hasSize(2);
        // a ^A elsewhere (a text field, a | delimited log) is no sign
        for (String text : new String[] {ok, Logs.message("FIX.4.4", "35=D|34=1|58=see ^A9=|", '|'), "8=FIX^A",
                "8=FIX.4.4^B9=", "8=FIX.4.4^A"}) {
            assertThat(FixLogFormat.requireText("a.log", text.getBytes(StandardCharsets.ISO_8859_1), true)).as(text).isEmpty();
        }
    }

    /**
     * A Reject whose Text (58) quotes a message as a viewer printed it ({@code 8=FIX.4.4^A9=…}), in a
     * log of well-formed messages, is no sign: the notice would say no message is well-formed, and its
     * sed would rewrite the quoted text.
     */
    @Test
    void aQuotedCaretMessageInALogOfDelimitedMessagesIsNoSign() {
        String quoted = good(ORDER).replace(String.valueOf(Logs.SOH), "^A");
        String reject = good("35=3|34=8|45=7|58=rejected: " + quoted + "|");
        String log = "20240102-09:30:00 : " + good(ORDER) + "\n20240102-09:30:01 : " + reject + "\n";
        assertThat(whats(log)).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("msg "));
        assertThat(FixLogFormat.requireText("rej.fix", log.getBytes(StandardCharsets.ISO_8859_1), true)).isEmpty();
        String piped = Logs.message("FIX.4.4", "35=3|34=8|45=7|58=rejected: " + quoted.replace("|", "") + "|", '|');
        assertThat(FixLogFormat.requireText("rej.fix", (piped + "\n").getBytes(StandardCharsets.ISO_8859_1), true)).isEmpty();
    }

    /** QA-14 W14-1: SOH printed as other text than ^A (a viewer's {@code <SOH>}, a C escape) is named as ^A is. */
    @Test
    void aLogThatSpellsSohAsOtherTextIsNamedInANotice() {
        String ok = good(ORDER);
        String[][] spellings = {{"<SOH>", "sed 's/<SOH>/\\x01/g'"}, {"\\x01", "sed 's/\\\\x01/\\x01/g'"},
            {"\\001", "sed 's/\\\\001/\\x01/g'"}, {"\\u0001", "sed 's/\\\\u0001/\\x01/g'"}, {"[SOH]", "sed 's/\\[SOH\\]/\\x01/g'"},
            {"\u2401", "sed 's/\u2401/\\x01/g'"}};
        for (String[] s : spellings) {
            String line = "20240102-09:30:00 " + ok.replace(String.valueOf(Logs.SOH), s[0]) + "\n";
            assertThat(whats(line)).as(s[0]).singleElement().asString().startsWith("bad BEGIN_STRING");
            assertThat(FixLogFormat.requireText("t.fix", line.getBytes(StandardCharsets.UTF_8), true)).as(s[0])
                    .singleElement().asString().startsWith("t.fix: the log spells SOH as the text " + s[0] + " ")
                    .endsWith(s[1]);
        }
        // such text in a well-formed message's field is no sign
        assertThat(FixLogFormat.requireText("a.log", Logs.message("FIX.4.4", "35=D|34=1|58=see <SOH>9=|", '|')
                .getBytes(StandardCharsets.UTF_8), true)).isEmpty();
    }

    /** QA-14 W14-6: a binary file would scan to "no message" and end as a clean run; refused, at its NUL's line and byte. */
    @Test
    void aBinaryFileIsRefusedAtItsFirstNulByte() {
        byte[] binary = new byte[1024];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 + 3);
        }
        int nul = 0;
        while (binary[nul] != 0) {
            nul++;
        }
        long line = 1 + IntStream.range(0, nul).filter(i -> binary[i] == '\n').count();
        assertThatThrownBy(() -> FixLogFormat.requireText("capture.bin", binary, true))
                .isInstanceOf(FixLogFormatException.class)
                .hasMessage("capture.bin:" + line + " (byte " + nul + "): a NUL byte, and no 8=FIX in its 1024 bytes:"
                        + " a binary file, not a FIX log");
        assertThatThrownBy(() -> FixLogFormat.requireText("big.bin", binary, false)).hasMessageContaining("in its first 1024 bytes");
        // a NUL in a message's RawData, or after a message start in a log's first bytes, is not a sign
        String raw = Logs.message("FIX.4.4", Logs.soh("35=D|34=1|95=3|96=a") + "\0b" + Logs.SOH, Logs.SOH);
        assertThat(whats(raw)).singleElement().asString().startsWith("msg ");
        for (String text : new String[] {raw, "# a banner\n" + raw, good(ORDER) + "\0\0\0"}) {
            assertThat(FixLogFormat.requireText("a.log", text.getBytes(StandardCharsets.ISO_8859_1), true)).as(text).isEmpty();
        }
    }

    /** QA-15 Q15-1: a log with a hole of NULs at its head (copytruncate, a zeroed block) is a log, not a binary file. */
    @Test
    void aLogAfterAHoleOfNulsIsNotRefused(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("rotated.log");
        byte[] hole = new byte[3 * 4096 + 17];
        byte[] text = ("# banner\n" + good(ORDER) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(hole, hole.length + text.length);
        System.arraycopy(text, 0, all, hole.length, text.length);
        Files.write(log, all);
        assertThat(FixLogFormat.requireText(log)).isEmpty();
        // NULs only, or NULs then no message start, still refused at byte 0
        Files.write(log, new byte[3 * 4096]);
        assertThatThrownBy(() -> FixLogFormat.requireText(log)).isInstanceOf(FixLogFormatException.class)
                .hasMessageContaining("rotated.log:1 (byte 0): only NUL bytes: nothing written yet, so no FIX log to check");
        byte[] junk = Arrays.copyOf(hole, hole.length + 64);
        Arrays.fill(junk, hole.length, junk.length, (byte) 7);
        Files.write(log, junk);
        assertThatThrownBy(() -> FixLogFormat.requireText(log)).isInstanceOf(FixLogFormatException.class)
                .hasMessageContaining("rotated.log:1 (byte 0): a NUL byte");
    }

    /** QA-14 W14-3: a log printed with its SOH turned into spaces (or tabs) is named, with a command that mends most of it. */
    @Test
    void aLogWhoseFieldsAreSeparatedByBlanksIsNamedInANotice() {
        String ok = good(ORDER);
        for (String blank : new String[] {" ", "\t"}) {
            String line = "20240102-09:30:00 " + ok.replace(String.valueOf(Logs.SOH), blank).strip() + "\n";
            assertThat(whats(line)).as(blank).singleElement().asString().startsWith("bad BEGIN_STRING");
            String name = blank.equals(" ") ? "space" : "tab";
            assertThat(FixLogFormat.requireText("b.log", line.getBytes(StandardCharsets.ISO_8859_1), true)).as(blank)
                    .singleElement().asString()
                    .startsWith("b.log: the log separates its fields by a " + name + " (8=FIX.4.4" + (blank.equals(" ") ? " " : "\\t") + "9=…)")
                    .contains("sed -E 's/" + (blank.equals(" ") ? " " : "\\t") + "([0-9]+=)/\\x01\\1/g'");
            // the command the notice gives mends this log: its message is then well-formed
            String mended = line.replaceAll(blank + "(\\d+=)", Logs.SOH + "$1");
            assertThat(whats(mended)).as(blank).singleElement().asString().startsWith("msg ");
        }
        // a space elsewhere (a text value, after a log prefix) is no sign, nor is a value's or prefix's
        // "8=FIX.4.4 9=" in a log whose messages are delimited (QA-15 Q15-3)
        for (String text : new String[] {"20240102-09:30:00 " + good("35=D|34=1|58=a 9=b|"), good("35=D|34=1|58=FIX.4.4 9=x|"),
                "note 8=FIX.4.4 9=: " + good(ORDER), "note 8=FIX.4.4 9=\n" + Logs.message("FIX.4.4", ORDER, '|')}) {
            assertThat(FixLogFormat.requireText("a.log", text.getBytes(StandardCharsets.ISO_8859_1), true)).as(text).isEmpty();
        }
    }

    /** Every chunk size, one to three workers: the same events as the serial scan. */
    private static void assertEveryBoundaryGivesTheSerialResult(String log) {
        MemorySegment seg = Logs.segment(log);
        List<Recorder.Event> serial = Recorder.serial(seg);
        for (int chunk = 1; chunk <= seg.byteSize() + 1; chunk++) {
            for (int workers : new int[] {1, 2, 3}) {
                List<Recorder.Event> all = new ArrayList<>();
                FixScanner.scan(seg, new ScanOptions(workers, chunk, true, null), Recorder::new,
                        (Recorder r, ChunkStats c) -> r.events.forEach(e -> all.add(e.absolute(c))));
                assertThat(all).as("chunk %d workers %d", chunk, workers).isEqualTo(serial);
            }
        }
    }

    /**
     * A log of lost starts and no message (a tool that stripped every line's 8=FIX|9=…|): each
     * chunk reports the trailers in its own bytes, so what a chunk holds is bounded by its size,
     * not by the rest of the log (QA-6: one chunk held every trailer after the last message).
     */
    @Test
    void lostStartsBelongToTheChunkThatHoldsThemWhereverTheLastMessageIs() {
        String ok = good(ORDER);
        StringBuilder sb = new StringBuilder(ok).append('\n');
        int lines = 2000;
        for (int i = 0; i < lines; i++) {
            sb.append("x|10=123|y|10=456|\n"); // one lost start a line, at its start
        }
        MemorySegment seg = Logs.segment(sb.toString());
        List<Recorder.Event> serial = Recorder.serial(seg);
        assertThat(Recorder.count(serial, "bad CHECKSUM_WITHOUT_START")).isEqualTo(lines);
        int chunk = 1024;
        for (int workers : new int[] {1, 2}) {
            List<Recorder.Event> all = new ArrayList<>();
            List<Integer> perChunk = new ArrayList<>();
            FixScanner.scan(seg, new ScanOptions(workers, chunk, true, null), Recorder::new, (Recorder r, ChunkStats c) -> {
                perChunk.add(r.events.size());
                r.events.forEach(e -> all.add(e.absolute(c)));
            });
            assertThat(all).as("workers %d", workers).isEqualTo(serial);
            assertThat(perChunk).as("a chunk holds the lost starts of its own %d bytes at most", chunk)
                    .allMatch(n -> n <= chunk / 19 + 2);
        }
        // chunk starts in the middle of such lines, and after a message on the same line
        String mixed = ok + "x|10=123|y|10=456|\n" + "a|10=111|" + ok + "b|10=222|\n" + "c|10=333|d|10=444|";
        assertEveryBoundaryGivesTheSerialResult(mixed);
        assertThat(Recorder.count(Recorder.serial(Logs.segment(mixed)), "bad CHECKSUM_WITHOUT_START"))
                .as("its line's first, with no 8=FIX before it: a and c (x and b follow a message on their line)").isEqualTo(2);
    }

    /** QA-14 W14-8: a wrapper's closing character after the CheckSum (a screen log, a quoted export) is named. */
    @Test
    void theByteAfterAThreeDigitCheckSumIsNamed() {
        String pipe = Logs.message("FIX.4.2", ORDER, '|');
        String bare = pipe.substring(0, pipe.length() - 1);
        assertThat(whats("<t, outgoing> (" + bare + ")\n" + pipe + "\n")).containsExactly(
                "bad CHECKSUM_INVALID CheckSum (10) is followed by ')', not by the delimiter, a line break or the end of"
                        + " the input",
                "msg FIX.4.2 35=D 34=7 55=IBM 48=459200101 22=1 len=" + pipe.length());
        assertThat(whats(bare + " \tx\n")).singleElement().asString().contains("followed by 'x'");
        assertThat(whats("\"" + bare + "\u0002\"\n")).singleElement().asString().endsWith("followed by byte 0x02, not by the"
                + " delimiter, a line break or the end of the input");
    }

    /**
     * Whitespace a log left at the end of a line, after a message that has no final delimiter, is
     * the log's (QA-8 R-2): the message ends at its CheckSum, as at the line break; a blank then
     * anything else on the line still makes it malformed. The same for a lost start's trailer.
     */
    @Test
    void blanksAfterTheCheckSumBeforeTheLineBreakAreTheLogs() {
        String pipe = Logs.message("FIX.4.2", ORDER, '|');
        String bare = pipe.substring(0, pipe.length() - 1); // no final delimiter, as Log4FIX-J prints
        String ok = "msg FIX.4.2 35=D 34=7 55=IBM 48=459200101 22=1 len=" + bare.length();
        for (String end : new String[] {" \n", "\t\n", "  \t \r\n"}) {
            String log = bare + end + bare + "\n";
            assertThat(whats(log)).as("%s", end.replace("\n", "LF").replace("\r", "CR").replace("\t", "TAB"))
                    .containsExactly(ok, ok);
            assertEveryBoundaryGivesTheSerialResult(log);
        }
        assertThat(whats(bare + " ")).as("at the end of the log").containsExactly(ok);
        assertThat(whats(bare + " x\n" + bare + "\n")).extracting(w -> w.split(" ")[1])
                .as("a blank, then text: no CheckSum's end").containsExactly("CHECKSUM_INVALID", "FIX.4.2");
        assertThat(whats(bare + " " + bare + "\n")).extracting(w -> w.split(" ")[1])
                .as("a blank, then the next message on the line").containsExactly("CHECKSUM_INVALID", "FIX.4.2");
        // a lost start's trailer, with its line's trailing blanks
        String lost = "X.4.2" + bare.substring(bare.indexOf("|9="));
        String log = pipe + "\n" + lost + " \t\n" + pipe;
        assertThat(whats(log)).extracting(w -> w.split(" ")[1])
                .containsExactly("FIX.4.2", "CHECKSUM_WITHOUT_START", "FIX.4.2");
        assertEveryBoundaryGivesTheSerialResult(log);
    }

    /** A wrapped message (re-joined) ends at its CheckSum before a line's trailing blanks too, and not before text. */
    @Test
    void aWrappedMessageEndsBeforeTrailingBlanksToo() {
        String pipe = Logs.message("FIX.4.2", ORDER, '|');
        String bare = pipe.substring(0, pipe.length() - 1);
        int cut = bare.indexOf("|55=") + 2;
        String wrapped = bare.substring(0, cut) + "\n" + bare.substring(cut);
        assertThat(whats(wrapped + "  \n" + pipe)).extracting(w -> w.split(" ")[1]).containsExactly("FIX.4.2", "FIX.4.2");
        List<String> withText = whats(wrapped + " x\n" + pipe).stream().map(w -> w.split(" ")[1]).toList();
        assertThat(withText.getFirst()).as("a blank, then text: no message there").isNotEqualTo("FIX.4.2");
        assertThat(withText.getLast()).isEqualTo("FIX.4.2");
    }

    @Test
    void aLineHoldsAtMostOneLostStartAtTheStartOfTheLine() {
        String ok = good(ORDER);
        String log = ok + "\na|10=123|b|10=456|c|10=789|\n" + ok;
        assertThat(Recorder.serial(Logs.segment(log))).extracting(Recorder.Event::offset, Recorder.Event::what)
                .containsExactly(tuple(0L, whats(ok).get(0)), tuple(ok.length() + 1L, headless(ok.length() + 3)),
                        tuple(ok.length() + 29L, whats(ok).get(0)));
        // a malformed message whose RawData holds a line break and then trailers: its own reject and at most one
        // lost start for that line ("counted twice, never not at all")
        String raw = "x\n|10=123|y|10=234|";
        String withRaw = good("35=D|34=9|55=X|95=" + raw.length() + "|96=" + raw + "|");
        String broken = withRaw.substring(0, withRaw.length() - 4) + "000" + Logs.SOH;
        assertThat(whats(broken + "\n" + ok)).extracting(w -> w.split(" ")[1])
                .containsExactly("CHECKSUM_MISMATCH", "CHECKSUM_WITHOUT_START", "FIX.4.4");
    }

    @Test
    void textBetweenMessagesWithoutALostStartsTrailerIsNotCounted() {
        String ok = good(ORDER);
        String pipe = Logs.message("FIX.4.2", ORDER, '|');
        String noise = String.join("\n", "2024-01-01 10:00:00.000 INFO  [QFJ Timer] Session FIX.4.4:S->T heartbeat 10=123",
                "<- 10=123| outgoing", "-> checksum=10=123|", "x|10=12|", "x|10=1234|", "x|10=12a|", "x|10=123x",
                "x|100=123|", "x|110=123|", "log4j:WARN 58=FIX 8=FIY|9=5|35=0|", "") ;
        String log = noise + ok + "\n" + noise + pipe + "\n" + noise;
        assertThat(whats(log)).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("msg "));
        // after a message on its own line: its line's, not a lost start's
        assertThat(whats(ok + "X.4.4|35=0|10=123|\n" + ok)).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("msg "));
        // a malformed message's own trailer, on its line, is that message's
        String badSum = ok.substring(0, ok.length() - 4) + "999" + Logs.SOH;
        assertThat(whats(badSum + " then |10=123|\n" + ok)).hasSize(2).first().asString().startsWith("bad CHECKSUM_MISMATCH");
        // ... but one on a later line is counted on its own: a message wrapped over lines that fails even
        // re-joined (here its CheckSum) is two malformed messages, its start and its CheckSum line, never none
        assertThat(whats(ok.substring(0, 40) + "\n" + ok.substring(40) + ok)).as("re-joined: valid")
                .hasSize(2).allSatisfy(w -> assertThat(w).startsWith("msg "));
        assertThat(whats(badSum.substring(0, 40) + "\n" + badSum.substring(40) + ok)).extracting(w -> w.split(" ")[1])
                .containsExactly("CHECKSUM_MISMATCH", "CHECKSUM_WITHOUT_START", "FIX.4.4");
        // re-joined, its BodyLength is right: the reason is its CheckSum, with both sums
        String[] wrapped = {badSum.substring(0, 40), "\r\n", badSum.substring(40), "\n", ok};
        assertThat(whats(String.join("", wrapped)).getFirst())
                .isEqualTo("bad CHECKSUM_MISMATCH CheckSum 999 but the bytes sum to " + ok.substring(ok.length() - 4, ok.length() - 1));
        // a wrong BodyLength stays a wrong BodyLength
        String badLength = good(ORDER.replace("34=7", "34=77")).replace("9=" + (ORDER.length() + 1), "9=" + ORDER.length());
        assertThat(whats(badLength.substring(0, 40) + "\n" + badLength.substring(40) + ok).getFirst())
                .startsWith("bad BODY_LENGTH_MISMATCH");
    }

    @Test
    void fieldAccessDoesNotAllocatePerMessage() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("2024 -> ").append(good(ORDER.replace("34=7", "34=" + i))).append('\n');
        }
        MemorySegment seg = Logs.segment(sb.toString());
        InstrumentFields fields = new InstrumentFields();
        long[] sink = new long[1];
        FixHandler handler = new FixHandler() {
            @Override
            public void message(FixMessage m) {
                fields.read(m);
                sink[0] += fields.end(InstrumentFields.Field.SYMBOL) - fields.start(InstrumentFields.Field.SECURITY_ID);
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                sink[0]--;
            }
        };
        FixScanner.scan(seg, handler); // warm up
        long before = threadAllocatedBytes();
        ScanSummary summary = FixScanner.scan(seg, handler);
        long allocated = threadAllocatedBytes() - before;
        assertThat(summary.messages()).isEqualTo(20_000);
        assertThat(allocated).as("bytes allocated scanning 20,000 messages").isLessThan(20_000);
    }

    /** The tests compile inside the module (no java.management); they run on the class path. */
    private static long threadAllocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return (long) allocated.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no thread allocation counter on this JVM", e);
        }
    }
}
