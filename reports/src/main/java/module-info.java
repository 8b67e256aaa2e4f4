/** Result model, tables, charts, capacity plans and regression verdicts. */
module io.chunkwise.reports {
    requires java.desktop;
    requires com.fasterxml.jackson.databind;
    requires org.knowm.xchart;

    exports io.chunkwise.reports.chart;
    exports io.chunkwise.reports.compare;
    exports io.chunkwise.reports.model;
    exports io.chunkwise.reports.plan;
    exports io.chunkwise.reports.read;
    exports io.chunkwise.reports.report;
    exports io.chunkwise.reports.stats;
    exports io.chunkwise.reports.table;
}
