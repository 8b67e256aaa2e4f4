/**
 * The feature cache as an Arrow IPC file (feather v2): {@link io.chunkwise.dataset.arrow.ArrowCacheWriter}
 * writes it with Arrow Java in record batches; {@link io.chunkwise.dataset.arrow.ReadMode} opens it either
 * zero-copy ({@code MAPPED}: FFM mapping, footer and record-batch metadata parsed with Arrow's flatbuffer
 * classes, column buffers sliced from the mapping) or buffered ({@code BUFFERED}: {@code ArrowFileReader}).
 * Both give identical values; files from other Arrow writers (pyarrow, arrow-js) read the same way.
 */
package io.chunkwise.dataset.arrow;
