/** Samples, orders, datasets and the batch loader. */
package io.chunkwise.dataset.sample;
