/**
 * Exact RFC 4180 record scanning over memory segments (mapped files or heap buffers): configurable
 * delimiter, quoted fields with doubled quotes and line breaks, LF and CRLF, BOM, blank lines,
 * headers found by name, rejects that name their line and byte offset.
 */
package io.chunkwise.loader.csv;
