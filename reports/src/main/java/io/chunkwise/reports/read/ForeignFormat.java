package io.chunkwise.reports.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the formats a results file is given in by mistake instead of JSON: JMH's other result
 * formats ({@code -rf csv}, {@code -rf scsv}, its text table), and a compressed file (a CI artifact
 * as downloaded: a zip; a gzip'ed copy). Parsed as JSON, a CSV's first cell {@code "Benchmark"} read
 * as a whole JSON string, and was refused as "two runs joined into one file"; a gzip'ed file as
 * "invalid UTF-8". Neither said what the file was, or what to give instead.
 */
final class ForeignFormat {
    /** JMH's CSV and semicolon-separated CSV start with a quoted "Benchmark" header cell, then "Mode". */
    private static final Pattern JMH_CSV = Pattern.compile("^\"Benchmark\"\\s*([,;])\\s*\"Mode\"");
    /** JMH's text table ({@code -rf text}, or its console output): "Benchmark  (size)  Mode  Cnt  Score". */
    private static final Pattern JMH_TEXT = Pattern.compile("^Benchmark\\s+.*\\bMode\\s+Cnt\\s+Score\\b");
    /** What a user is to give instead, said after each of them. */
    private static final String WANTED = "results are read from JMH's JSON (JMH -rf json, as chunkwise bench writes it)";

    private ForeignFormat() {
    }

    /**
     * @param file the file, for the command that unpacks it
     * @param text its text, without a byte order mark
     * @return what format other than JSON it is in, with what to give instead; empty when it is none known
     */
    static Optional<String> ofText(Path file, String text) {
        if (text.startsWith("PK\u0003\u0004")) {
            return Optional.of(zip(file)); // a zip whose entries are stored uncompressed can decode as text
        }
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        var csv = JMH_CSV.matcher(first);
        if (csv.find()) {
            String format = csv.group(1).equals(",") ? "csv" : "scsv";
            return Optional.of("JMH's " + (format.equals("csv") ? "CSV" : "semicolon-separated CSV") + " results (-rf " + format
                    + "), not JSON: " + WANTED);
        }
        if (JMH_TEXT.matcher(first).find()) {
            return Optional.of("JMH's text table of results (its console output, or -rf text), not JSON: " + WANTED);
        }
        return Optional.empty();
    }

    /**
     * @param file a file that is no UTF-8 text
     * @return what compressed format it is in, with what to do; empty when it is none known, or it
     *     cannot be read
     */
    static Optional<String> ofBytes(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            return Optional.empty(); // the read that failed says why; this only names a format
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            String name = String.valueOf(file.getFileName());
            // gunzip refuses a name without .gz ("unknown suffix -- ignored")
            return Optional.of("gzip-compressed, not JSON: decompress it first (" + (name.endsWith(".gz") ? "gunzip -k " + name
                    : "gzip -dc " + name + " > unpacked.json") + ")");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(zip(file));
        }
        return Optional.empty();
    }

    /** A CI artifact as downloaded from its web page is a zip. */
    private static String zip(Path file) {
        return "a zip archive, not JSON: extract the JMH JSON from it first (unzip " + file.getFileName() + ")";
    }
}
