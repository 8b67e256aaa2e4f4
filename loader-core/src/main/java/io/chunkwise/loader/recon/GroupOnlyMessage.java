package io.chunkwise.loader.recon;

/**
 * A message that names its instruments only inside the entries of a repeating group (a
 * MarketDataRequest's {@code 146=1|55=AAPL}, a NewOrderList's orders), not at its top level: it is
 * not checked ({@link io.chunkwise.loader.fix.InstrumentFields#instrumentInGroupsOnly}).
 *
 * @param offset the byte offset of its {@code 8=FIX} in the log
 * @param line its line, from 1, or 0 when lines were not counted
 * @param msgType its MsgType (35)
 */
public record GroupOnlyMessage(long offset, long line, String msgType) {
    /**
     * @param line the line, from 1 (0: not counted)
     * @return this message at that line
     */
    GroupOnlyMessage atLine(long line) {
        return new GroupOnlyMessage(offset, line, msgType);
    }
}
