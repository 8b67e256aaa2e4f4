package io.chunkwise.cli.dataset;

import io.chunkwise.cli.Counted;
import io.chunkwise.dataset.sample.Shard;
import java.util.Optional;

/**
 * Why a {@code dataset iterate} run emitted no batch, so that its summary says so instead of a batch
 * shape nothing had: a shard with none of the epoch's batches, even shards that drop them all, or a
 * resume from the end.
 *
 * @param reason a stable code for scripts ({@code --json}'s {@code emptyReason}): {@code no-batch-for-shard},
 *     {@code even-shards-drop-all} or {@code start-batch-at-end}
 * @param message the reason for people, naming the counts
 */
record EmptyRun(String reason, String message) {

    /**
     * @param shard the run's shard (even or not)
     * @param epochBatches batches in the whole epoch
     * @param shardBatches batches in the shard
     * @param startBatch the shard's batch the run started from
     * @param batch samples per batch
     * @return why the run has no batch, or empty when it has one
     */
    static Optional<EmptyRun> of(Shard shard, long epochBatches, long shardBatches, long startBatch, int batch) {
        if (shardBatches == 0 && shard.even() && shard.count() > 1) {
            return Optional.of(new EmptyRun("even-shards-drop-all", "--even-shards drops all the epoch's "
                    + Counted.of(epochBatches, "batch", "batches") + ", fewer than its " + shard.count() + " shards"));
        }
        if (shardBatches == 0) {
            return Optional.of(new EmptyRun("no-batch-for-shard", "the epoch has " + Counted.of(epochBatches, "batch", "batches")
                    + " of up to " + batch + " samples for " + shard.count() + " shards, none for shard " + shard));
        }
        if (startBatch >= shardBatches) {
            return Optional.of(new EmptyRun("start-batch-at-end", "--start-batch " + startBatch + " is the end of "
                    + (shard.count() > 1 ? "shard " + shard + "'s " : "the epoch's ") + Counted.of(shardBatches, "batch", "batches")
                    + ": nothing left to resume"));
        }
        return Optional.empty();
    }
}
