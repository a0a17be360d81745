package io.itddsim.wire.host.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/**
 * The model's objects (the pump, its commands, fault specs) as bytes and back, by Java
 * serialization: the model's classes are {@code Serializable} and nothing more, so there is no
 * per-class code to keep in step. Reading is restricted by an allow-list to the model's own
 * classes and plain JDK values and collections (docs/decisions/0006).
 */
final class ModelObjects {

    private static final ObjectInputFilter ALLOW = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=10000000;io.itddsim.sim.**;java.lang.*;java.util.*;java.math.*;!*");

    private ModelObjects() {}

    static byte[] write(Object object) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a model object that cannot be serialized: " + object.getClass(), e);
        }
    }

    static <T> T read(byte[] bytes, Class<T> type, String what) throws StateException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ALLOW);
            Object o = in.readObject();
            if (!type.isInstance(o)) {
                throw new StateException(what + ": holds a " + o.getClass().getName() + ", not a " + type.getName());
            }
            return type.cast(o);
        } catch (InvalidClassException e) {
            throw new StateException(what + ": written by an incompatible build of the pump model, or holds a"
                    + " forbidden class (" + e.getMessage() + ")");
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new StateException(what + ": unreadable (" + e + ")");
        }
    }
}
