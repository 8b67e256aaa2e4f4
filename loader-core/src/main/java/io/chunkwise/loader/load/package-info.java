/**
 * One loader, four strategies ({@link io.chunkwise.loader.load.LoaderStrategy}): full-load,
 * chunked streaming, mapped, and parallel over the mapping. All give the same records and
 * rejects, in file order, to a {@link io.chunkwise.loader.load.ChunkSink}.
 */
package io.chunkwise.loader.load;
