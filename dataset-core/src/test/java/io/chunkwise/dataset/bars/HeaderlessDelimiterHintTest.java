package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without a header read with the wrong delimiter (HistData's {@code ;}-separated bars read
 * with {@code ,}) is told the delimiter to set, its first line called the bar it is, not a header.
 * Random bytes that hold a {@code ;} by chance are named as no text, not given a delimiter to try.
 */
class HeaderlessDelimiterHintTest {
    @TempDir
    Path dir;

    @Test
    void aFirstBarReadAsOneColumnIsCalledABarNotAHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("DAT_ASCII_EURUSD_M1_2024.csv"),
                "20240102 170000;1.104350;1.104380;1.104280;1.104300;0\n20240102 170100;1.104300;1.104390;1.104290;1.104310;0\n");
        assertThatThrownBy(() -> new BarsCsvReader(file, BarsLayout.DEFAULT, r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessage(file + ":1 (byte 0): line 1, a bar without a header, is one column"
                        + " '20240102 170000;1.104350;1.104380;1.104280;1.104300;0' read with delimiter ',';"
                        + " it looks ';'-separated: set the delimiter to ';'");
    }

    @Test
    void aHeaderReadAsOneColumnIsStillCalledTheHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("mt4.csv"), "Date;Time;Open;High;Low;Close;Volume\n"
                + "2024.01.08;00:00;1.09380;1.09392;1.09371;1.09390;52\n");
        assertThatThrownBy(() -> new BarsCsvReader(file, BarsLayout.DEFAULT, r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessageStartingWith(file + ":1 (byte 0): the header is one column 'Date;Time;");
    }

    @Test
    void randomBytesAreNoTextNotAnotherDelimiter() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.SplittableRandom(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0 || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == ',' || bytes[i] == '"') {
                bytes[i] = 'x'; // one line, one column, no NUL (those are refused before), one ';' below
            }
        }
        bytes[10] = ';';
        bytes[20] = 0x14;
        bytes[bytes.length - 1] = '\n';
        for (int i = 0; i < 20; i++) {
            if (Character.isISOControl((char) (bytes[i] & 0xff)) || (bytes[i] & 0x80) != 0) {
                bytes[i] = 'a'; // the first control character is the one at character 21
            }
        }
        Path file = Files.write(dir.resolve("random.csv"), bytes);
        assertThatThrownBy(() -> new BarsCsvReader(file, BarsLayout.DEFAULT, r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessage(file + ":1 (byte 0): line 1 holds a control character (\\x14, its character 21), which no header"
                        + " or bar has: not a text file, or a damaged one; a bars file is text");
    }
}
