/**
 * The feature cache as an Arrow IPC file (feather v2): {@link io.chunkwise.dataset.arrow.ArrowCacheWriter}
 * writes it with Arrow Java in record batches; {@link io.chunkwise.dataset.arrow.ReadMode} opens it either
 * zero-copy ({@code MAPPED}: FFM mapping, footer and record-batch metadata parsed with Arrow's flatbuffer
 * classes, column buffers sliced from the mapping) or buffered ({@code BUFFERED}: {@code ArrowFileReader}).
 * Both give identical values; files from other Arrow writers (pyarrow, arrow-js) read the same way.
 *
 * <p>Arrow Java's memory, behind the writer and the {@code BUFFERED} reader, needs the JVM started
 * with {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; without it, its first use fails with an
 * {@code ExceptionInInitializerError} from Arrow. The {@code MAPPED} reader does not need it.
 */
package io.chunkwise.dataset.arrow;
