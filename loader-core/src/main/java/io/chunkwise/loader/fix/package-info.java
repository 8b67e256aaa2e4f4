/**
 * FIX log scanning: zero-copy framing by BodyLength over a mapped log, validation (BeginString,
 * BodyLength, MsgType, CheckSum), malformed messages with offset and reason, allocation-free
 * field access, and serial or parallel scans that agree exactly.
 *
 * <p>Entry points: {@link io.chunkwise.loader.io.MappedFile} maps the log;
 * {@link io.chunkwise.loader.fix.FixScanner} (serial and parallel scans),
 * {@link io.chunkwise.loader.fix.FixHandler} (what a scan reports),
 * {@link io.chunkwise.loader.fix.FieldCursor} and {@link io.chunkwise.loader.fix.InstrumentFields}
 * (field access).
 */
package io.chunkwise.loader.fix;
