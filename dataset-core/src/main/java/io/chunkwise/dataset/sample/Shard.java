package io.chunkwise.dataset.sample;

/**
 * Shard {@code index} of {@code count}: one of {@code count} data-parallel processes (machines,
 * GPUs), which gets the epoch's batches {@code b ≡ index (mod count)} in the epoch's order. The
 * order is the same in every process for the same seed and epoch, so the shards are disjoint and
 * their union is the epoch; round-robin keeps the shards' batch counts within one of each other.
 *
 * <p>Even shards drop the epoch's last {@code epochBatches mod count} batches, so that every shard
 * has the same number: data-parallel trainers (e.g. PyTorch DDP) take a collective step per batch,
 * and a process with one batch more than the others would wait for them forever. Those batches
 * are dropped from every process, never served to one only; the shards are then disjoint and
 * together the epoch less those batches (PyTorch's {@code drop_last}).
 *
 * @param index this process's shard, {@code 0 ≤ index < count}
 * @param count shards (processes)
 * @param even whether the epoch's last batches are dropped so that every shard has as many
 */
public record Shard(int index, int count, boolean even) {
    /** The whole epoch: one shard. */
    public static final Shard WHOLE = new Shard(0, 1);

    /**
     * Shard {@code index} of {@code count}, keeping every batch (shards may differ by one).
     *
     * @param index this process's shard, {@code 0 ≤ index < count}
     * @param count shards (processes)
     */
    public Shard(int index, int count) {
        this(index, count, false);
    }

    /** Validates. */
    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("shard count must be ≥ 1: " + index + "/" + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard index must be in 0.." + (count - 1) + ": " + index + "/" + count);
        }
    }

    /**
     * @param text {@code I/N}, e.g. {@code 0/4}
     * @return the shard
     * @throws IllegalArgumentException when the text is not {@code I/N} with {@code 0 ≤ I < N}
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length == 2) {
            try {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (NumberFormatException e) {
                // the message below names the form
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a shard: write I/N with 0 ≤ I < N, e.g. 0/4");
    }

    /** @return this shard, dropping the epoch's last batches so that every shard has as many */
    public Shard evenly() {
        return new Shard(index, count, true);
    }

    /**
     * @param epochBatches batches in the whole epoch
     * @return this shard's batches
     */
    public long batches(long epochBatches) {
        if (even) {
            return epochBatches / count;
        }
        return epochBatches > index ? (epochBatches - index + count - 1) / count : 0;
    }

    /**
     * @param epochBatches batches in the whole epoch
     * @return the epoch's batches that no shard gets: its last {@code epochBatches mod count} when
     *     the shards are even, else none
     */
    public long droppedBatches(long epochBatches) {
        return even ? epochBatches % count : 0;
    }

    /**
     * @param epochSamples samples in the whole epoch
     * @param batchSize samples per batch
     * @return samples in the batches no shard gets ({@link #droppedBatches}), the epoch's last ones
     *     (its short last batch among them), so that the shards' samples and these add up to the epoch's
     */
    public long droppedSamples(long epochSamples, int batchSize) {
        long epochBatches = (epochSamples + batchSize - 1) / batchSize;
        long kept = epochBatches - droppedBatches(epochBatches);
        return kept == epochBatches ? 0 : epochSamples - kept * batchSize;
    }

    /**
     * @param epochSamples samples in the whole epoch
     * @param batchSize samples per batch
     * @return samples in this shard's batches: all full but the epoch's last, which may be short
     */
    public long samples(long epochSamples, int batchSize) {
        long epochBatches = (epochSamples + batchSize - 1) / batchSize;
        long samples = batches(epochBatches) * batchSize;
        long last = epochBatches - 1;
        boolean holdsLast = epochBatches > 0 && last % count == index && last < epochBatches - droppedBatches(epochBatches);
        return holdsLast ? samples - (epochBatches * batchSize - epochSamples) : samples;
    }

    /**
     * @param epochSamples samples in the whole epoch
     * @param batchSize samples per batch
     * @param startBatch the shard's batch a run starts from (a resume), 0 for all
     * @return the samples of this shard's batches from {@code startBatch} on, 0 past its last: the
     *     batches skipped are whole, as only the epoch's last batch may be short and it comes last
     */
    public long samplesFrom(long epochSamples, int batchSize, long startBatch) {
        long epochBatches = (epochSamples + batchSize - 1) / batchSize;
        return startBatch >= batches(epochBatches) ? 0 : samples(epochSamples, batchSize) - startBatch * batchSize;
    }

    /**
     * @param shardBatch a batch's index within this shard
     * @return its index in the epoch
     */
    public long epochBatch(long shardBatch) {
        return index + shardBatch * count;
    }

    /** @return {@code I/N}, as {@link #parse} reads it (evenness is not part of it) */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
