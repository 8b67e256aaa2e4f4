/**
 * Samples (a window of W feature rows and the target H rows later), their order (natural or
 * block shuffle), the standard (materialized) and iterable (streamed) datasets, and the
 * {@link io.chunkwise.dataset.sample.BatchLoader} that assembles float32 {@code [B, W, F]} batches
 * with K workers.
 *
 * {@snippet :
 * try (CacheTable table = ReadMode.MAPPED.open(path)) {
 *     SampleLayout layout = new SampleSpec(List.of("close", "ret", "vol_20"), "close", 64, 1).bind(table);
 *     try (SampleStore store = DatasetMode.ITERABLE.open(table, layout, 65_536);
 *          BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
 *                  new LoaderOptions(256, 2, 4, 0))) {
 *         for (Batch b = loader.next(); b != null; b = loader.next()) {
 *             train(b.features(), b.targets(), b.size());
 *         }
 *     }
 * }
 * }
 */
package io.chunkwise.dataset.sample;
