package org.balise.web.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Comparator;
import java.util.Objects;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded store's unique indexes: stored exactly as H2 stores any object, but ordered
 * by value.
 *
 * <p>H2 orders objects it does not know (mongo-java-server's {@link KeyValue}s are not {@link Comparable}) by
 * serializing both sides of every comparison with Java serialization. Each lookup in an index of n keys
 * then serializes about 2 log2(n) objects: under load the event store's two unique indexes made most of
 * the server's allocations and held the collection's lock for milliseconds per insert
 * (docs/benchmarks.md). Compared by value, a lookup allocates nothing.
 *
 * <p>The order differs from the serialized one, so an index built in one order cannot be read in the
 * other: {@link ValueOrderedH2Backend} uses this type only for indexes it created itself.
 */
final class IndexKeyType extends ObjectDataType {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();

    private IndexKeyType() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    /** Element by element; a shorter key first when it is the start of the other. */
    private static int compareKeys(KeyValue left, KeyValue right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /**
     * MongoDB's order of values; values it calls equal without being equal (1 and 1.0) are kept apart as H2
     * kept them, by their serialized form, so that a unique index still tells exactly the keys it told apart.
     */
    private static int compareValues(Object left, Object right) {
        if (Objects.equals(left, right)) {
            return 0;
        }
        int order = VALUES.compare(left, right);
        return order != 0 ? order : ObjectDataType.compareNotNull(serialize(left), serialize(right));
    }
}
