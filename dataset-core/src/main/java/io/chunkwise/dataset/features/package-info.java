/**
 * Features computed column-wise, a chunk at a time, by stateful kernels chosen with a
 * {@link io.chunkwise.dataset.features.FeatureSpec} ({@code ret,logret,vol:20,ema:12,rsi:14,atr:14}).
 * Values do not depend on chunking and agree with ta4j.
 */
package io.chunkwise.dataset.features;
