package io.chunkwise.dataset.sample;

import io.chunkwise.loader.io.Jfr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Assembles batches from a {@link SampleStore} in a {@link SampleOrder} with {@code workers}
 * threads. Batch {@code b} covers positions {@code [b·B, (b+1)·B)} and is built by worker
 * {@code (b − start) mod K}; the consumer takes batches in index order, so the emitted sequence is
 * the same for every K, each sample exactly once per epoch. Each worker owns
 * {@code prefetch + 2} reused batches cycling through a bounded ready queue and a free queue (no
 * more than the batches it builds in the epoch, so a batch as large as the epoch is one buffer):
 * memory is K × (cursor chunk + (prefetch + 2) batches), and the steady state allocates nothing
 * per batch. Resume with {@link LoaderOptions#startBatch()}: the state is one number.
 *
 * <p>With a {@link LoaderOptions#shard()} {@code I/N} the loader emits only the epoch's batches
 * {@code I, I + N, I + 2N, …}, indexed {@code 0, 1, 2, …} within the shard: the workers, the
 * start batch, {@link #batches()} and {@link #position()} count the shard's batches, while
 * {@link Batch#index()} stays the batch's index in the epoch.
 *
 * <p>{@link #next()} returns a batch valid until the following call; not thread-safe (one consumer).
 */
public final class BatchLoader implements AutoCloseable {
    /** How often a worker waiting on a queue looks whether the loader is stopping. */
    private static final long STOP_CHECK_MILLIS = 20;
    private final SampleStore store;
    private final SampleOrder order;
    private final LoaderOptions options;
    private final long epochBatches;
    private final long batches;
    private final List<Worker> workers = new ArrayList<>();
    private long next;
    private boolean closed;
    /**
     * Tells the workers to stop, instead of an interrupt: an interrupt that lands in a buffered
     * reader's {@code FileChannel} read closes the channel, and Arrow leaves the buffers of the
     * half-loaded batch allocated, which the table's close then reports as leaked.
     */
    private volatile boolean stopping;
    private Batch held;
    private Worker heldBy;
    // workers == 0: built in the caller's thread
    private final SampleCursor inlineCursor;
    private final SampleOrder.Cursor inlineOrder;
    private final Batch inlineBatch;

    /**
     * Starts the workers, emitting the samples in their natural order (0, 1, 2, …).
     *
     * @param store the samples (not closed by the loader: close it after the loader)
     * @param options batch size, workers, prefetch, start batch, shard
     */
    public BatchLoader(SampleStore store, LoaderOptions options) {
        this(store, SampleOrder.natural(store.layout().samples()), options);
    }

    /**
     * Starts the workers.
     *
     * @param store the samples
     * @param order the order (its sample count must match the store's)
     * @param options batch size, workers, prefetch, start batch
     */
    public BatchLoader(SampleStore store, SampleOrder order, LoaderOptions options) {
        long samples = store.layout().samples();
        if (order.samples() != samples) {
            throw new IllegalArgumentException("order covers " + order.samples() + " samples, store has " + samples);
        }
        this.store = store;
        this.order = order;
        this.options = options;
        this.epochBatches = (samples + options.batchSize() - 1) / options.batchSize();
        this.batches = options.shard().batches(epochBatches);
        if (options.startBatch() > batches) {
            throw new IllegalArgumentException("start batch " + options.startBatch() + " is beyond the "
                    + (options.shard().count() > 1 ? "shard " + options.shard() + "'s " : "epoch's ") + batches
                    + (batches == 1 ? " batch" : " batches"));
        }
        this.next = options.startBatch();
        checkHeap(store, options);
        if (options.workers() == 0) {
            inlineCursor = store.cursor();
            inlineOrder = order.cursor();
            inlineBatch = new Batch(capacity(store, options), store.layout().windowFloats());
        } else {
            inlineCursor = null;
            inlineOrder = null;
            inlineBatch = null;
            for (int w = 0; w < options.workers(); w++) {
                workers.add(new Worker(w));
            }
            for (Worker w : workers) {
                w.thread.start();
            }
        }
    }

    /**
     * @return heap bytes of this loader's batch buffers and the store's cursors: the iterable
     *     dataset's memory bound, K × (chunk + (prefetch + 2) batches)
     */
    public long bufferBytes() {
        return bufferBytes(store, options);
    }

    private static long bufferBytes(SampleStore store, LoaderOptions options) {
        int capacity = capacity(store, options);
        long batch = (long) capacity * (store.layout().windowFloats() + 1L) * Float.BYTES + (long) capacity * Long.BYTES;
        long cursors = store instanceof StandardDataset ? 0 : cursors(store, options) * store.residentBytes();
        return batchesInFlight(store, options) * batch + cursors;
    }

    /** @return the batches a worker builds in the epoch (from the start batch on) */
    private static long batchesOf(int worker, long epochBatches, LoaderOptions options) {
        long remaining = epochBatches - options.startBatch();
        return remaining > worker ? (remaining - worker + options.workers() - 1) / options.workers() : 0;
    }

    /** @return the batches a worker allocates: prefetch + 2, but never more than it builds */
    private static int pool(int worker, long epochBatches, LoaderOptions options) {
        // long: --prefetch may be near Integer.MAX_VALUE
        return (int) Math.min(options.prefetch() + 2L, batchesOf(worker, epochBatches, options));
    }

    /** @return batch buffers allocated by all workers (1 without workers) */
    private static long batchesInFlight(SampleStore store, LoaderOptions options) {
        if (options.workers() == 0) {
            return 1;
        }
        long shardBatches = shardBatches(store, options);
        long n = 0;
        for (int w = 0; w < options.workers(); w++) {
            n += pool(w, shardBatches, options);
        }
        return n;
    }

    /** @return cursors open at once: one per worker that builds a batch (one without workers) */
    private static long cursors(SampleStore store, LoaderOptions options) {
        if (options.workers() == 0) {
            return 1;
        }
        long remaining = shardBatches(store, options) - options.startBatch();
        return Math.min(options.workers(), Math.max(0, remaining));
    }

    /** @return the batches of the loader's shard of the epoch (all of them unsharded) */
    private static long shardBatches(SampleStore store, LoaderOptions options) {
        return options.shard().batches((store.layout().samples() + options.batchSize() - 1) / options.batchSize());
    }

    /** Batches never need more rows than the epoch has samples. */
    private static int capacity(SampleStore store, LoaderOptions options) {
        return (int) Math.max(1, Math.min(options.batchSize(), store.layout().samples()));
    }

    /** Refuses, before allocating, buffers that would not fit in the free heap. */
    private static void checkHeap(SampleStore store, LoaderOptions options) {
        long needed = bufferBytes(store, options);
        long available = MemoryEstimate.availableHeap(needed, MemoryEstimate.STANDARD_LIMIT);
        if (needed > available * MemoryEstimate.STANDARD_LIMIT) {
            SampleLayout l = store.layout();
            throw new DatasetTooLargeException(String.format(Locale.ROOT,
                    "batch buffers need ~%,d MiB (%,d batches of %d × %d × %d floats in flight: %d worker(s) × (prefetch"
                            + " %d + 2), at most the epoch's %,d; plus chunks) but the heap has ~%,d MiB free; lower"
                            + " the batch size, the window, the prefetch, the worker count or the chunk size, or raise the maximum heap",
                    needed >> 20, batchesInFlight(store, options), capacity(store, options), l.window(), l.width(),
                    Math.max(1, options.workers()), options.prefetch(), shardBatches(store, options) - options.startBatch(),
                    available >> 20));
        }
    }

    /** @return batches in a whole epoch, all shards */
    public long epochBatches() {
        return epochBatches;
    }

    /** @return batches in this loader's shard of the epoch (the whole epoch's unsharded) */
    public long batches() {
        return batches;
    }

    /** @return the index of the batch the next call to {@link #next()} returns (the resume state) */
    public long position() {
        return next;
    }

    /**
     * @return the next batch, or null at the end of the epoch
     * @throws IllegalStateException wrapping a worker's failure, or when the loader is closed
     */
    public Batch next() {
        if (closed) {
            // else a worker stopped by close() reads as one that "stopped early"
            throw new IllegalStateException("batch loader is closed: used after close()");
        }
        if (held != null) {
            heldBy.free.add(held);
            held = null;
        }
        if (next >= batches) {
            return null;
        }
        long b = next++;
        if (inlineBatch != null) {
            build(inlineBatch, b, inlineOrder, inlineCursor, 0);
            return inlineBatch;
        }
        Worker w = workers.get((int) ((b - options.startBatch()) % workers.size()));
        Batch batch = w.take();
        held = batch;
        heldBy = w;
        return batch;
    }

    private void build(Batch batch, long b, SampleOrder.Cursor orderCursor, SampleCursor cursor, int worker) {
        // the event class only when JFR runs: its first use sets up JFR's metadata (see Jfr)
        BatchEvent event = Jfr.initialized() ? new BatchEvent() : null;
        if (event != null) {
            event.begin();
        }
        long epochBatch = options.shard().epochBatch(b);
        long first = epochBatch * options.batchSize();
        int rows = (int) Math.min(options.batchSize(), order.samples() - first);
        batch.fill(epochBatch, rows, orderCursor, cursor, first);
        if (event != null && event.shouldCommit()) {
            event.batch = epochBatch;
            event.samples = rows;
            event.worker = worker;
            event.commit();
        }
    }

    /** Stops the workers and closes the caller's cursor; the store stays open (the caller's). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        boolean interrupted = false;
        for (Worker w : workers) {
            while (true) {
                try {
                    w.thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (inlineCursor != null) {
            inlineCursor.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Worker implements Runnable {
        private final int id;
        private final BlockingQueue<Batch> ready;
        private final BlockingQueue<Batch> free;
        private final Thread thread;
        private volatile Throwable failure;

        Worker(int id) {
            this.id = id;
            int pool = pool(id, batches, options);
            this.ready = new ArrayBlockingQueue<>(Math.max(1, pool));
            this.free = new ArrayBlockingQueue<>(Math.max(1, pool));
            for (int i = 0; i < pool; i++) {
                free.add(new Batch(capacity(store, options), store.layout().windowFloats()));
            }
            this.thread = Thread.ofPlatform().name("dataset-worker-" + id).daemon().unstarted(this);
        }

        @Override
        public void run() {
            int k = workers.size();
            if (options.startBatch() + id >= batches) {
                return; // more workers than batches: this one has none
            }
            try (SampleCursor cursor = store.cursor()) {
                SampleOrder.Cursor orderCursor = order.cursor();
                for (long b = options.startBatch() + id; b < batches; b += k) {
                    Batch batch = takeFree();
                    if (batch == null) {
                        return;
                    }
                    build(batch, b, orderCursor, cursor, id);
                    if (!putReady(batch)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** @return a free batch, or null once the loader is stopping */
        private Batch takeFree() throws InterruptedException {
            while (!stopping) {
                Batch b = free.poll(STOP_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
            }
            return null;
        }

        /** @return whether the batch was queued for the consumer; false once the loader is stopping */
        private boolean putReady(Batch b) throws InterruptedException {
            while (!stopping) {
                if (ready.offer(b, STOP_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        }

        Batch take() {
            try {
                while (true) {
                    Batch b = ready.poll(100, TimeUnit.MILLISECONDS);
                    if (b != null) {
                        return b;
                    }
                    Throwable t = failure;
                    if (t != null) {
                        if (t instanceof RuntimeException re) {
                            throw re;
                        }
                        throw new IllegalStateException("dataset worker " + id + " failed: " + t, t);
                    }
                    if (!thread.isAlive() && ready.isEmpty()) {
                        throw new IllegalStateException("dataset worker " + id + " stopped early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a batch", e);
            }
        }
    }
}
