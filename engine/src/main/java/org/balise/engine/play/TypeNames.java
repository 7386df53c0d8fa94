package org.balise.engine.play;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link TypeName}s of a sealed family of records: what the web layer stores next to an event's JSON and
 * reads back to pick the record to deserialize into.
 *
 * <p><b>Thread-safety.</b> Stateless; reads annotations through reflection, which the JDK caches.
 */
public final class TypeNames {

    private TypeNames() {
    }

    /** The stable name of {@code type}, from its {@link TypeName}. */
    public static String of(Class<?> type) {
        TypeName name = type.getAnnotation(TypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " has no @TypeName");
        }
        return name.value();
    }

    /**
     * Every concrete type of the sealed interface {@code root} by its stable name, in the order the interface
     * permits them.
     *
     * @throws IllegalArgumentException if {@code root} is not sealed, or two types share a name
     */
    public static <T> Map<String, Class<? extends T>> registry(Class<T> root) {
        Class<?>[] permitted = root.getPermittedSubclasses();
        if (permitted == null) {
            throw new IllegalArgumentException(root.getName() + " is not sealed");
        }
        Map<String, Class<? extends T>> registry = new LinkedHashMap<>();
        Arrays.stream(permitted).map(type -> type.asSubclass(root)).forEach(type -> {
            Class<? extends T> previous = registry.put(of(type), type);
            if (previous != null) {
                throw new IllegalArgumentException(previous.getName() + " and " + type.getName() + " share the name "
                        + of(type));
            }
        });
        return Map.copyOf(registry);
    }
}
