package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.MalformedMessage;

/** Receives reconciliation's rows in log order, from the calling thread. */
public interface ReconcileListener {
    /**
     * @param discrepancy a discrepancy, with its absolute line
     */
    void discrepancy(Discrepancy discrepancy);

    /**
     * @param malformed a malformed message
     * @param line its 1-based line, or 0 when lines are not counted
     */
    void malformed(MalformedMessage malformed, long line);
}
