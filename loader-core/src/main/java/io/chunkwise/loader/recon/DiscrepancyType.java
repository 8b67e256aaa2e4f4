package io.chunkwise.loader.recon;

/** What is wrong with a message's instrument, measured against the security master. */
public enum DiscrepancyType {
    /** SecurityID (48, CUSIP or ISIN) found, but Symbol (55) differs from the master's. */
    SYMBOL_MISMATCH,
    /** SecurityID (48) with SecurityIDSource 1 (CUSIP) or 4 (ISIN) is not in the master. */
    UNKNOWN_SECURITY,
    /** No usable SecurityID, and Symbol (55) is not in the master. */
    UNKNOWN_SYMBOL
}
