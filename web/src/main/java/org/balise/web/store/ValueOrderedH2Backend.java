package org.balise.web.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend whose new unique indexes order their keys by value ({@link IndexKeyType})
 * instead of by their Java serialization.
 *
 * <p>An index map created here is recorded in the map {@value #VALUE_ORDERED}, in the same store and the
 * same commit as the index itself; only recorded maps are opened in value order. Indexes of a data folder
 * written before keep the order they were built in (slower, still right).
 */
final class ValueOrderedH2Backend extends H2Backend {

    /** The names of the index maps built in value order. */
    static final String VALUE_ORDERED = "balise.value-ordered-indexes";

    ValueOrderedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // Called from the constructor too (for the databases already stored): uses no field of its own.
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * Inner, not static: H2Database's constructor opens the indexes already stored, before a field of its own
     * could be set, and the backend's store is at hand from there.
     */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, de.bwaldvogel.mongo.backend.CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // The name H2Database gives the map (checked by ValueOrderedH2BackendTest): opened here first, the map
            // is the one it then gets from the store.
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVStore store = getMvStore();
            MVMap<String, Boolean> valueOrdered = store.openMap(VALUE_ORDERED);
            if (!store.hasMap(mapName)) {
                valueOrdered.put(mapName, Boolean.TRUE);
            }
            if (Boolean.TRUE.equals(valueOrdered.get(mapName))) {
                store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
            }
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
