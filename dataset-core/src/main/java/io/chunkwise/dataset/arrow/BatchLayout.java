package io.chunkwise.dataset.arrow;

/** Where rows and columns sit in a cache's record batches: what a row reader needs to walk them. */
interface BatchLayout {
    /** @return rows in all record batches */
    long rows();

    /**
     * @param row a global row index, below {@link #rows()}
     * @return the record batch holding it (empty batches are skipped)
     */
    int batchOf(long row);

    /**
     * @param batch record batch index, up to the number of batches (then: {@link #rows()})
     * @return the global index of its first row
     */
    long batchStart(int batch);

    /**
     * @param column column index
     * @return its value type
     */
    ColumnType type(int column);
}
