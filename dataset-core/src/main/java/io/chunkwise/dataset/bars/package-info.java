/** OHLCV bars: column-wise chunks and the bars CSV reader (on loader-core's RFC 4180 reader). */
package io.chunkwise.dataset.bars;
