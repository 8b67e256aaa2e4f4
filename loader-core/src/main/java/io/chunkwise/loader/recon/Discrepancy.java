package io.chunkwise.loader.recon;

/**
 * One message whose instrument disagrees with the security master.
 *
 * @param offset byte offset of the message's {@code 8=FIX}
 * @param line 1-based line of that offset, or 0 when lines were not counted
 * @param msgSeqNum MsgSeqNum (34), or null
 * @param msgType MsgType (35)
 * @param securityIdSource SecurityIDSource (22), or null
 * @param securityId SecurityID (48), or null
 * @param fixSymbol Symbol (55), or null; with the message's SymbolSfx (65) after it as FIX writes it,
 *     {@code BRK|65=B}, when it has one
 * @param masterSymbol the master's symbol for the security (SYMBOL_MISMATCH only; a duplicated identifier's
 *     several symbols joined by {@code |}), or null
 * @param type the discrepancy
 * @param senderCompId SenderCompID (49), or null: with {@code targetCompId}, the session whose
 *     MsgSeqNum {@code msgSeqNum} is
 * @param targetCompId TargetCompID (56), or null
 */
public record Discrepancy(long offset, long line, String msgSeqNum, String msgType, String securityIdSource,
        String securityId, String fixSymbol, String masterSymbol, DiscrepancyType type, String senderCompId,
        String targetCompId) {

    Discrepancy atLine(long absoluteLine) {
        return new Discrepancy(offset, absoluteLine, msgSeqNum, msgType, securityIdSource, securityId, fixSymbol,
                masterSymbol, type, senderCompId, targetCompId);
    }
}
