package org.balise.engine.play;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unmodifiable sorted copies, for the maps and sets of states and events: their iteration order, hence their
 * JSON, is the same in every run (the JDK's {@code Map.copyOf} and {@code Set.copyOf} vary from one run to
 * the next), while equality stays that of maps and sets.
 */
public final class Sorted {

    // The JDK's wrapper classes: a value already wrapped so is kept as it is, which saves a copy per evolve.
    private static final Class<?> SORTED_SET = Collections.unmodifiableSortedSet(new TreeSet<String>()).getClass();
    private static final Class<?> SORTED_MAP = Collections.unmodifiableSortedMap(new TreeMap<String, String>()).getClass();

    private Sorted() {
    }

    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> SortedMap<K, V> map(Map<K, V> map) {
        if (map.getClass() == SORTED_MAP && ((SortedMap<K, V>) map).comparator() == null) {
            return (SortedMap<K, V>) map;
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    @SuppressWarnings("unchecked")
    public static <E extends Comparable<? super E>> SortedSet<E> set(Set<E> set) {
        if (set.getClass() == SORTED_SET && ((SortedSet<E>) set).comparator() == null) {
            return (SortedSet<E>) set;
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(set));
    }

    /** {@code set} plus {@code element} (the same set if it already holds it). */
    public static <E extends Comparable<? super E>> SortedSet<E> with(Set<E> set, E element) {
        if (set.contains(element)) {
            return set(set);
        }
        TreeSet<E> copy = new TreeSet<>(set);
        copy.add(element);
        return Collections.unmodifiableSortedSet(copy);
    }

    /** {@code map} with {@code key} set to {@code value}. */
    public static <K extends Comparable<? super K>, V> SortedMap<K, V> with(Map<K, V> map, K key, V value) {
        TreeMap<K, V> copy = new TreeMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableSortedMap(copy);
    }
}
