package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.load.LoadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The options a rebuild reads the file with: what the caller asked for, and what the caller left
 * unasked taken from the index being replaced (its dialect, when not given, and the key columns it
 * was given by name, when not named now), so a stale index built with custom options is not
 * rebuilt with the defaults.
 *
 * @param options the options to build with
 * @param dialect whether the delimiter and quote were asked for
 * @param recorded what the replaced index recorded, or {@code null} when there was none or it is unreadable
 * @param kept the key columns taken from it
 */
record Reuse(IndexOptions options, Indexer.Dialect dialect, BuildRecord recorded, Set<KeyKind> kept) {
    /**
     * @param source the CSV file
     * @param index the index being replaced
     * @param options the caller's options
     * @param dialect whether their delimiter and quote were asked for
     * @param recorded what the index records of its build, or {@code null}
     * @return the options to rebuild with
     * @throws CsvParseException when a key column the index was given by name is not in the header (edited,
     *     or read with another delimiter than the index's)
     */
    static Reuse of(Path source, Path index, IndexOptions options, Indexer.Dialect dialect, BuildRecord recorded) {
        if (recorded == null) {
            return new Reuse(options, dialect, null, Set.of());
        }
        LoadOptions load = dialect == Indexer.Dialect.FROM_INDEX ? options.load().withFormat(format(source, options, recorded))
                : options.load();
        Map<KeyKind, String> columns = new EnumMap<>(KeyKind.class);
        columns.putAll(options.columns());
        Set<KeyKind> kept = EnumSet.noneOf(KeyKind.class);
        for (Map.Entry<KeyKind, String> e : recorded.columns().entrySet()) {
            if (columns.putIfAbsent(e.getKey(), e.getValue()) == null) {
                kept.add(e.getKey());
            }
        }
        // the index's delimiter, not the default, when none is asked for: the file may no longer use it
        boolean indexDelimiter = dialect == Indexer.Dialect.FROM_INDEX
                && load.format().delimiter() != options.load().format().delimiter();
        if (!kept.isEmpty() || indexDelimiter) {
            CsvHeader header = HeaderReader.read(source, load.format());
            if (indexDelimiter && header.apparentDelimiter().isPresent()) {
                throw delimitedOtherwise(source, index, header, load.format().delimiter(), header.apparentDelimiter().get());
            }
            for (KeyKind k : kept) {
                String name = columns.get(k);
                if (header.find(name).isEmpty()) {
                    throw missing(source, index, header, k, name, load.format().delimiter(), dialect, recorded);
                }
            }
        }
        return new Reuse(options.withLoad(load).withColumns(columns), dialect, recorded, kept);
    }

    /**
     * A key column the index was given by name that the header lacks. Read with the index's
     * delimiter, the file was edited; read with another one asked for, the header is split
     * otherwise and the file may be as it was, so the delimiter is named as the cause, not an edit.
     */
    private static CsvParseException missing(Path source, Path index, CsvHeader header, KeyKind k, String name,
            byte delimiter, Indexer.Dialect dialect, BuildRecord recorded) {
        String kind = k.name().toLowerCase(Locale.ROOT);
        String column = kind + " column '" + CsvHeader.printable(name) + "'";
        byte built = recorded.format().delimiter();
        String reason;
        if (dialect == Indexer.Dialect.GIVEN && delimiter != built && !recorded.delimiterDeclared()) {
            reason = "the index " + index + " was built with delimiter " + shown(built) + " and " + column + "; read with"
                    + " delimiter " + shown(delimiter) + " as asked, the header " + header.describe() + " has no column '"
                    + CsvHeader.printable(name) + "': leave the delimiter unset to read the file with " + shown(built)
                    + " as the index was built, or name the " + kind + " column explicitly";
        } else {
            reason = "the index " + index + " was built with " + column + ", which the header " + header.describe()
                    + " no longer has: name the " + kind + " column explicitly"
                    + header.delimiterHint().map(h -> "; " + h).orElse("");
        }
        return new CsvParseException(source.toString(), header.line(), header.offset(), reason);
    }

    /**
     * A stale index's delimiter splits the file's header into one column that looks split by
     * another: the file was written again with that one (or the index is another file's). Read with
     * the index's, it would fail with advice to leave out a delimiter the caller never gave.
     */
    private static CsvParseException delimitedOtherwise(Path source, Path index, CsvHeader header, byte built,
            char apparent) {
        return new CsvParseException(source.toString(), header.line(), header.offset(), "the index " + index
                + " was built with delimiter " + shown(built) + "; read with it, the header " + header.describe()
                + " is one column, which looks split by " + shown((byte) apparent) + ": the file was written again with"
                + " another delimiter? set the delimiter explicitly to " + shown((byte) apparent));
    }

    /**
     * The dialect to read a file with, when the caller did not ask for one: the file's own
     * {@code sep=} line first, else the index's, unless the index had its delimiter from a
     * {@code sep=} line the file no longer has (then the default one).
     */
    private static CsvFormat format(Path source, IndexOptions options, BuildRecord recorded) {
        if (HeaderReader.declaresDelimiter(source)) {
            return options.load().format();
        }
        return recorded.delimiterDeclared()
                ? new CsvFormat(options.load().format().delimiter(), recorded.format().quote())
                : recorded.format();
    }

    /**
     * @param source the CSV file
     * @return how the build reads it, and where each setting came from
     */
    String describe(Path source) {
        CsvFormat f = HeaderReader.format(source, options.load().format());
        String from = dialect == Indexer.Dialect.GIVEN ? " as asked"
                : HeaderReader.declaresDelimiter(source) ? " (the file's sep= line)"
                : recorded != null && !recorded.delimiterDeclared() ? " as the index was built"
                : " (the defaults)";
        List<String> parts = new ArrayList<>();
        parts.add("delimiter " + shown(f.delimiter()) + " and quote " + shown(f.quote()) + from);
        for (KeyKind k : KeyKind.values()) {
            String name = options.columns().get(k);
            if (name != null) {
                parts.add(k.name().toLowerCase(Locale.ROOT) + " column '" + CsvHeader.printable(name) + "'"
                        + (kept.contains(k) ? " as the index was built" : " as asked"));
            }
        }
        if (options.columns().size() < KeyKind.values().length) {
            parts.add((options.columns().isEmpty() ? "key columns" : "other key columns") + " by their usual names");
        }
        return String.join(", ", parts);
    }

    private static String shown(byte b) {
        return b == '\t' ? "'\\t'" : "'" + (char) b + "'";
    }
}
