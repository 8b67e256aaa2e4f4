package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A header row below the first line: a report's export puts a title ("Security Master as of
 * 2024-01-02"), a date or a blank line over its header, so the first line, read as the header,
 * has no key column. Looked for only on the way to that error, in a few lines after it.
 */
final class HeaderBelow {
    /** The lines looked at after the first row. */
    private static final int LINES = 5;
    /** The bytes read for them: a header is rarely longer. */
    private static final int LOOK = 64 << 10;
    private static final String DELIMITERS = ",;\t|";

    private HeaderBelow() {
    }

    /**
     * @param source the file
     * @param header its first row, read as the header
     * @param isHeader whether a row's names make a header (it has a key column)
     * @return the line (from 1) of the first of the next few lines that, split by a comma, a
     *     semicolon, a tab or {@code |}, is a header; empty when none is, or the file cannot be read
     */
    static OptionalLong line(String source, CsvHeader header, Predicate<CsvHeader> isHeader) {
        byte[] bytes;
        try (FileChannel ch = FileChannel.open(Path.of(source))) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(LOOK, Math.max(0, ch.size() - header.dataStart())));
            while (b.hasRemaining() && ch.read(b, header.dataStart() + b.position()) > 0) {
                // read to the end of the look, or of the file
            }
            bytes = Arrays.copyOf(b.array(), b.position());
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return OptionalLong.empty(); // the error stands without the hint
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", LINES + 1);
        for (int i = 0; i < Math.min(LINES, lines.length); i++) {
            for (char d : DELIMITERS.toCharArray()) {
                String[] names = lines[i].split(Pattern.quote(String.valueOf(d)), -1);
                for (int n = 0; n < names.length; n++) {
                    names[n] = unquoted(names[n].strip());
                }
                if (names.length > 1 && isHeader.test(new CsvHeader(Arrays.asList(names), header.dataLine() + i, 0, 0, 0))) {
                    return OptionalLong.of(header.dataLine() + i);
                }
            }
        }
        return OptionalLong.empty();
    }

    private static String unquoted(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }
}
