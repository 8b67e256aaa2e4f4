package io.chunkwise.dataset.arrow;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/** The layout of a feature cache: a UTC millisecond timestamp, then float32 columns. */
public final class CacheColumns {
    /** Name of the time column. */
    public static final String TIMESTAMP = "timestamp";
    /** Name of the volume column, absent from a cache built from bars without volume. */
    public static final String VOLUME = "volume";
    /** The bar columns a cache starts with, after the timestamp ({@link #VOLUME} only when the bars had it). */
    public static final List<String> BARS = List.of("open", "high", "low", "close", "volume");

    private CacheColumns() {
    }

    /**
     * @param floatColumns the float32 columns after the timestamp
     * @return the Arrow schema of a cache with those columns
     */
    public static Schema schema(List<String> floatColumns) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(TIMESTAMP, FieldType.notNullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC")), null));
        ArrowType f32 = new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
        for (String name : floatColumns) {
            fields.add(new Field(name, FieldType.notNullable(f32), null));
        }
        return new Schema(fields);
    }
}
