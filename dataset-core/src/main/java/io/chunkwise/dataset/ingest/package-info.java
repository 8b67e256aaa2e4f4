/** Bars CSV → features → Arrow cache, in bounded memory. */
package io.chunkwise.dataset.ingest;
