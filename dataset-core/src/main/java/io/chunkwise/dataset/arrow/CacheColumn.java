package io.chunkwise.dataset.arrow;

/**
 * A column of a cache.
 *
 * @param index position in the schema
 * @param name field name
 * @param type what it holds
 * @param arrowType the Arrow type, for messages
 */
public record CacheColumn(int index, String name, ColumnType type, String arrowType) {
}
