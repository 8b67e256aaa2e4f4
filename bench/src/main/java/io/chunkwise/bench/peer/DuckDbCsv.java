package io.chunkwise.bench.peer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB (in-process, in-memory database, through JDBC) reading the same CSV: {@code read_csv}
 * to count records, and to build a table of the three keys with an ART index on each — the
 * closest DuckDB gets to our persisted CUSIP/ISIN/symbol index. One connection; close it.
 */
public final class DuckDbCsv implements AutoCloseable {
    private final Connection connection;
    private final String source;

    /**
     * Opens an in-memory DuckDB limited to {@code threads} threads.
     *
     * @param csv the file to read
     * @param threads DuckDB's worker threads
     * @throws SQLException when DuckDB cannot start
     */
    public DuckDbCsv(Path csv, int threads) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        this.source = "read_csv('" + csv.toAbsolutePath().toString().replace("'", "''")
                + "', header = true, quote = '\"', escape = '\"', all_varchar = true)";
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + threads);
            s.execute("SET preserve_insertion_order = false");
        }
    }

    /**
     * {@code SELECT count(*) FROM read_csv(…)}.
     *
     * @return the number of data records DuckDB reads
     * @throws SQLException on a DuckDB error
     */
    public long count() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + source)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Builds table {@code keys(cusip, isin, symbol)} from the CSV and an ART index on each
     * column (replacing the previous build's).
     *
     * @return the table's row count
     * @throws SQLException on a DuckDB error
     */
    public long buildKeyIndex() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS keys");
            s.execute("CREATE TABLE keys AS SELECT cusip, isin, symbol FROM " + source);
            s.execute("CREATE INDEX keys_cusip ON keys(cusip)");
            s.execute("CREATE INDEX keys_isin ON keys(isin)");
            s.execute("CREATE INDEX keys_symbol ON keys(symbol)");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM keys")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
