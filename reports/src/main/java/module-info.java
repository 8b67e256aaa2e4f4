/** Result model, tables, charts, capacity plans and regression verdicts. */
module io.chunkwise.reports {
}
