/**
 * Symbol reconciliation: FIX messages' top-level instruments checked against the security
 * master's persisted index, at scan speed, with discrepancies and malformed messages written as
 * CSV. Entry point: {@link io.chunkwise.loader.recon.Reconciler}.
 */
package io.chunkwise.loader.recon;
