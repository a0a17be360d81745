package io.itddsim.bench.record;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import java.util.List;
import java.util.Objects;

/** The first field in which two messages of one type differ, with both values, for people. */
final class FieldDiff {

    /** A difference: the field's dotted path and the two values as text. */
    record Difference(String field, String recorded, String replayed) {}

    private FieldDiff() {}

    /** The first difference in field-number order, or null when the messages are equal. */
    static Difference first(String path, Message recorded, Message replayed) {
        if (recorded.equals(replayed)) {
            return null;
        }
        for (FieldDescriptor f : recorded.getDescriptorForType().getFields()) {
            String at = path.isEmpty() ? f.getName() : path + "." + f.getName();
            if (f.isRepeated()) {
                Difference d = repeated(at, f, recorded, replayed);
                if (d != null) {
                    return d;
                }
                continue;
            }
            boolean inA = f.hasPresence() ? recorded.hasField(f) : true;
            boolean inB = f.hasPresence() ? replayed.hasField(f) : true;
            Object a = inA ? recorded.getField(f) : null;
            Object b = inB ? replayed.getField(f) : null;
            if (Objects.equals(a, b)) {
                continue;
            }
            if (a instanceof Message ma && b instanceof Message mb) {
                return first(at, ma, mb);
            }
            return new Difference(at, show(a), show(b));
        }
        return new Difference(path.isEmpty() ? "(unknown fields)" : path, show(recorded), show(replayed));
    }

    private static Difference repeated(String at, FieldDescriptor f, Message recorded, Message replayed) {
        List<?> a = (List<?>) recorded.getField(f);
        List<?> b = (List<?>) replayed.getField(f);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Object x = i < a.size() ? a.get(i) : null;
            Object y = i < b.size() ? b.get(i) : null;
            if (Objects.equals(x, y)) {
                continue;
            }
            if (x instanceof Message mx && y instanceof Message my) {
                return first(at + "[" + i + "]", mx, my);
            }
            return new Difference(at + "[" + i + "]", show(x), show(y));
        }
        return null;
    }

    private static String show(Object value) {
        if (value == null) {
            return "(absent)";
        }
        if (value instanceof Message m) {
            return "{"
                    + TextFormat.printer()
                            .emittingSingleLine(true)
                            .printToString(m)
                            .strip() + "}";
        }
        return value.toString();
    }
}
