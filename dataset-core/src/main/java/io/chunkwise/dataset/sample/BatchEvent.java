package io.chunkwise.dataset.sample;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** JFR: one batch assembled by a loader worker. Off by default; enable it in a recording's settings. */
@Name("io.chunkwise.dataset.Batch")
@Label("Dataset Batch")
@Category({"Chunkwise", "Dataset"})
@Description("A batch of samples assembled by a dataset loader worker")
@Enabled(false)
@StackTrace(false)
final class BatchEvent extends Event {
    @Label("Batch Index")
    long batch;

    @Label("Samples")
    int samples;

    @Label("Worker")
    int worker;
}
