package io.chunkwise.profiler.probe;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the totals out of the text of {@code VM.native_memory summary}. */
public final class NmtSummary {
    private static final Pattern TOTAL = Pattern.compile(
            "^Total: reserved=(\\d+)(B|KB|MB|GB)?, committed=(\\d+)(B|KB|MB|GB)?", Pattern.MULTILINE);

    private NmtSummary() {
    }

    /**
     * @param text the command's output
     * @return whether it says Native Memory Tracking is off
     */
    public static boolean disabled(String text) {
        return text.contains("not enabled");
    }

    /**
     * @param text the command's output
     * @return the committed total in bytes, empty when the text holds no total
     */
    public static OptionalLong committedBytes(String text) {
        Matcher m = TOTAL.matcher(text);
        return m.find() ? OptionalLong.of(bytes(m.group(3), m.group(4))) : OptionalLong.empty();
    }

    /**
     * @param text the command's output
     * @return the reserved total in bytes, empty when the text holds no total
     */
    public static OptionalLong reservedBytes(String text) {
        Matcher m = TOTAL.matcher(text);
        return m.find() ? OptionalLong.of(bytes(m.group(1), m.group(2))) : OptionalLong.empty();
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit == null ? "B" : unit) {
            case "KB" -> n * 1024;
            case "MB" -> n * 1024 * 1024;
            case "GB" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }
}
