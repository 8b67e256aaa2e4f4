package io.chunkwise.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name of a file written as CSV (a rejects file, reconcile's discrepancies): a name that says
 * another format ({@code found.json}, {@code rejects.xlsx}) is written as CSV all the same, and a
 * tool that goes by the name (jq, a spreadsheet) then fails on it: said once, when the run starts.
 */
public final class CsvOutputName {
    /** Extensions of formats a CSV file is mistaken for by the tools that open it by name. */
    private static final Set<String> OTHER_FORMATS = Set.of("json", "jsonl", "ndjson", "xlsx", "xls", "parquet", "arrow",
            "feather", "xml", "html");

    private CsvOutputName() {
    }

    /**
     * @param option the option that names the file, e.g. {@code --out}
     * @param file the file, or null (none)
     * @return a notice when its name ends in another format's extension, else empty
     */
    public static Optional<String> mismatch(String option, Path file) {
        if (file == null || file.getFileName() == null) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return OTHER_FORMATS.contains(extension)
                ? Optional.of(option + " " + file + ": written as CSV, the one format it has, whatever its name's ."
                        + extension + " says")
                : Optional.empty();
    }
}
