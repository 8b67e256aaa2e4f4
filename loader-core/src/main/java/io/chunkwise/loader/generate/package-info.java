/**
 * Deterministic synthetic inputs: security masters and FIX logs of any size, made in parallel,
 * with known planted defects for tests.
 */
package io.chunkwise.loader.generate;
