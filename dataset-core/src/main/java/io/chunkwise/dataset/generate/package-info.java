/** Deterministic synthetic FX bars: random walks with realistic volatility, sessions and weekend gaps. */
package io.chunkwise.dataset.generate;
