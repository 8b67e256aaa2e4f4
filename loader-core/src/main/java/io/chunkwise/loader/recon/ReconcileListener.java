package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.MalformedMessage;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * Called once before a run over files reads them. A listener that writes files refuses here
     * an input it would replace, before the work rather than after it.
     *
     * @param inputs the files the run reads: the FIX log, and the master's CSV when it has one
     * @throws IllegalArgumentException naming an output that is one of the inputs
     */
    default void beforeReading(List<Path> inputs) {
    }
}
