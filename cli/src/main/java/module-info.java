/** The chunkwise command line. */
module io.chunkwise.cli {
    requires io.chunkwise.loader;
    requires io.chunkwise.profiler;
    requires io.chunkwise.dataset;
    requires io.chunkwise.reports;
    requires io.chunkwise.bench;
    requires jdk.management;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires me.tongfei.progressbar;

    opens io.chunkwise.cli to info.picocli;
    opens io.chunkwise.cli.profile to info.picocli;
    opens io.chunkwise.cli.generate to info.picocli, com.fasterxml.jackson.databind;
    opens io.chunkwise.cli.loader to info.picocli;
    opens io.chunkwise.cli.fix to info.picocli;
    opens io.chunkwise.cli.report to info.picocli;
    opens io.chunkwise.cli.dataset to info.picocli;
    opens io.chunkwise.cli.bench to info.picocli;
    opens io.chunkwise.cli.demo to info.picocli;
}
