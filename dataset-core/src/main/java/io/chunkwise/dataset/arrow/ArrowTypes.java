package io.chunkwise.dataset.arrow;

import org.apache.arrow.flatbuf.Field;
import org.apache.arrow.flatbuf.FloatingPoint;
import org.apache.arrow.flatbuf.Precision;
import org.apache.arrow.flatbuf.Type;

/** Reads column types and buffer layouts from IPC flatbuffer fields. */
final class ArrowTypes {
    private ArrowTypes() {
    }

    static ColumnType columnType(Field field) {
        if (field.typeType() != Type.FloatingPoint) {
            return ColumnType.OTHER;
        }
        FloatingPoint fp = (FloatingPoint) field.type(new FloatingPoint());
        return switch (fp.precision()) {
            case Precision.SINGLE -> ColumnType.FLOAT32;
            case Precision.DOUBLE -> ColumnType.FLOAT64;
            default -> ColumnType.OTHER;
        };
    }

    static String describe(Field field) {
        String name = Type.name(field.typeType());
        if (field.typeType() == Type.FloatingPoint) {
            FloatingPoint fp = (FloatingPoint) field.type(new FloatingPoint());
            return name + "(" + Precision.name(fp.precision()) + ")";
        }
        return name;
    }

    /**
     * @return why a field of a flat type is still not flat ("with 2 child fields", "dictionary-encoded"),
     *     or "" when only its type is unsupported: a float column with children is a damaged schema,
     *     and the message should say what was found
     */
    static String shape(Field field) {
        if (field.childrenLength() > 0) {
            return "with " + field.childrenLength() + " child field" + (field.childrenLength() == 1 ? "" : "s");
        }
        return field.dictionary() != null ? "dictionary-encoded" : "";
    }

    /** @return whether the field is of a view type (Utf8View, BinaryView, ListView), whose batches list a variable number of buffers */
    static boolean isView(Field field) {
        return switch (field.typeType()) {
            case Type.Utf8View, Type.BinaryView, Type.ListView, Type.LargeListView -> true;
            default -> false;
        };
    }

    /**
     * @return buffers the field occupies in a record batch (flat types only), or -1 when the zero-copy
     *     reader does not handle the type (nested, views); a dictionary-encoded column is its indices
     */
    static int bufferCount(Field field) {
        if (field.childrenLength() > 0) {
            return -1;
        }
        if (field.dictionary() != null) {
            // a record batch holds the column's indices (validity, integers); its values are in
            // dictionary batches, which no feature reads
            return 2;
        }
        return switch (field.typeType()) {
            case Type.Null -> 0;
            case Type.Int, Type.FloatingPoint, Type.Bool, Type.Decimal, Type.Date, Type.Time, Type.Timestamp,
                 Type.Interval, Type.FixedSizeBinary, Type.Duration -> 2;
            case Type.Utf8, Type.Binary, Type.LargeUtf8, Type.LargeBinary -> 3;
            default -> -1;
        };
    }
}
