package io.chunkwise.cli.dataset;

import io.chunkwise.cli.DelimiterConverter;
import io.chunkwise.dataset.bars.BarField;
import io.chunkwise.dataset.bars.BarsLayout;
import io.chunkwise.dataset.bars.LocalClock;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How to read a bars file from another source: delimiter, column names, zone of local times. */
final class BarsLayoutOptions {
    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "Field delimiter (default ','; ';', '|', or '\\t' / 'tab' for tabs).")
    char delimiter = ',';

    @Option(names = "--header", negatable = true,
            description = "Whether line 1 is a header. By default it is, unless it reads as a bar (a timestamp, or a date"
                    + " and a time, then only numbers): then the columns are read by position, in the usual order"
                    + " timestamp,open,high,low,close[,volume] or date,time,open,high,low,close[,volume], and a notice"
                    + " says so. --no-header: every line is a bar, in the usual order line 1 reads in (also when one"
                    + " of its values is bad: it is then rejected); name other orders by number (--open-column 2).")
    Boolean header;

    @Option(names = "--decimal-comma",
            description = "Numbers use a decimal comma (1,10435), as in ';'-separated European exports; a decimal point"
                    + " is then rejected. Thousands separators (1.234,5 or 1,234.5) are not read.")
    boolean decimalComma;

    @Option(names = "--timestamp-column", paramLabel = "NAME|N",
            description = "Header name or 1-based number of the timestamp column (default: timestamp, time, datetime,"
                    + " date_time, Gmt time, Local time, or date; without a header: column 1).")
    String timestamp;

    @Option(names = "--date-column", paramLabel = "NAME|N",
            description = "Header name or number of a date column to join with --time-column (default: Date or"
                    + " DTYYYYMMDD when a Time column exists).")
    String date;

    @Option(names = "--time-column", paramLabel = "NAME|N", description = "Header name or number of the time-of-day column (with --date-column).")
    String time;

    @Option(names = "--open-column", paramLabel = "NAME|N", description = "Header name or number of the open (default: open or o).")
    String open;

    @Option(names = "--high-column", paramLabel = "NAME|N", description = "Header name or number of the high (default: high or h).")
    String high;

    @Option(names = "--low-column", paramLabel = "NAME|N", description = "Header name or number of the low (default: low or l).")
    String low;

    @Option(names = "--close-column", paramLabel = "NAME|N", description = "Header name or number of the close (default: close or c).")
    String close;

    @Option(names = "--volume-column", paramLabel = "NAME|N",
            description = "Header name or number of the volume (default: volume, vol, v, tick volume or tickvol; without"
                    + " one the cache has no volume column), or none to leave it out (a blank volume column).")
    String volume;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "Read only this instrument's rows from a file whose symbol (ticker, pair, instrument) column"
                    + " holds several; the others are skipped and counted. Without it such a file is refused.")
    String symbol;

    @Option(names = "--timezone", paramLabel = "ZONE", converter = ClockConverter.class,
            description = "Zone of timestamps written without an offset, e.g. America/New_York or EET (default: UTC);"
                    + " a zone and a shift for a clock that runs a fixed time ahead of it, e.g. America/New_York+07:00"
                    + " for a New York close server.")
    LocalClock clock = LocalClock.UTC;

    /** @return the layout */
    BarsLayout layout() {
        Map<BarField, String> m = new EnumMap<>(BarField.class);
        put(m, BarField.TIMESTAMP, timestamp);
        put(m, BarField.DATE, date);
        put(m, BarField.TIME, time);
        put(m, BarField.OPEN, open);
        put(m, BarField.HIGH, high);
        put(m, BarField.LOW, low);
        put(m, BarField.CLOSE, close);
        put(m, BarField.VOLUME, volume);
        BarsLayout.Header h = header == null ? BarsLayout.Header.AUTO
                : header ? BarsLayout.Header.PRESENT : BarsLayout.Header.ABSENT;
        return new BarsLayout(delimiter, m, clock, h, decimalComma, symbol);
    }

    private static void put(Map<BarField, String> m, BarField f, String name) {
        if (name != null) {
            m.put(f, name);
        }
    }

    /** A region ({@code America/New_York}), an offset ({@code +02:00}), {@code UTC}, or a zone and a shift. */
    static final class ClockConverter implements ITypeConverter<LocalClock> {
        @Override
        public LocalClock convert(String value) {
            try {
                return LocalClock.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
