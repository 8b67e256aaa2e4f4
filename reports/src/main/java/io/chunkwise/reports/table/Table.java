package io.chunkwise.reports.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of typed cells: each column has a {@link Kind}, and a row is rejected when a value does
 * not fit its column, so columns never drift from the data. Rendered by {@link ReportFormat}.
 *
 * @param title the table's title
 * @param columns the columns
 * @param rows the rows, each with one value per column
 * @param notes sentences printed under the table (how numbers were obtained)
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows, List<String> notes) {
    /** Validates and copies. */
    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        notes = List.copyOf(notes);
    }

    /**
     * A column.
     *
     * @param header its header
     * @param kind what its cells hold
     */
    public record Column(String header, Kind kind) {
    }

    /**
     * @param title the table's title
     * @return a builder
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** @return whether the table has no row */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * @param row a row index
     * @param column a column index
     * @return the cell's text as rendered
     */
    public String text(int row, int column) {
        return columns.get(column).kind().format(rows.get(row).get(column));
    }

    /** Builds a table row by row, checking each value against its column's kind. */
    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /**
         * @param header the column's header
         * @param kind what it holds
         * @return this builder
         */
        public Builder column(String header, Kind kind) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("add columns before rows");
            }
            columns.add(new Column(header, kind));
            return this;
        }

        /**
         * @param values one value per column (null for an empty cell); numbers are widened to Double
         * @return this builder
         * @throws IllegalArgumentException when the count or a kind does not match
         */
        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(title + ": a row of " + values.length + " values for "
                        + columns.size() + " columns " + columns.stream().map(Column::header).toList());
            }
            List<Object> row = new ArrayList<>(Arrays.asList(values));
            for (int i = 0; i < values.length; i++) {
                Object v = values[i] instanceof Number n && !(values[i] instanceof Double) ? n.doubleValue() : values[i];
                Column c = columns.get(i);
                if (!c.kind().accepts(v)) {
                    throw new IllegalArgumentException(title + ": column '" + c.header() + "' holds " + c.kind()
                            + ", not " + v.getClass().getSimpleName() + " (" + v + ")");
                }
                row.set(i, v);
            }
            rows.add(row);
            return this;
        }

        /**
         * @param note a sentence printed under the table
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /** @return the table */
        public Table build() {
            return new Table(title, columns, rows, notes);
        }
    }
}
