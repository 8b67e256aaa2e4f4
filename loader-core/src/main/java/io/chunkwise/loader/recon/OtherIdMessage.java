package io.chunkwise.loader.recon;

/**
 * A message whose SecurityID (48) reconcile cannot look up: its SecurityIDSource (22) is neither
 * CUSIP (1) nor ISIN (4) (a SEDOL's 2, a RIC's 5, an exchange symbol's 8), or it has none. It is
 * checked by its symbol (55) when it has one, else not checked; either way it is counted and
 * named, never passed over.
 *
 * @param offset the byte offset of its {@code 8=FIX} in the log
 * @param line its line, from 1, or 0 when lines were not counted
 * @param msgType its MsgType (35)
 * @param source its SecurityIDSource (22) as written, or null when it has none
 */
public record OtherIdMessage(long offset, long line, String msgType, String source) {
    /**
     * @param line the line, from 1 (0: not counted)
     * @return this message at that line
     */
    OtherIdMessage atLine(long line) {
        return new OtherIdMessage(offset, line, msgType, source);
    }
}
