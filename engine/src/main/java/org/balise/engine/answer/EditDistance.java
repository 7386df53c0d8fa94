package org.balise.engine.answer;

/**
 * The Damerau–Levenshtein distance in its "optimal string alignment" form: the fewest insertions, deletions,
 * substitutions and swaps of two neighbours that turn one text into the other, where no part is edited
 * twice. It counts the usual typing mistakes (a missing, extra, wrong or swapped letter) one each.
 *
 * <p><b>Algorithm.</b> The classic dynamic programme over code points, three rows kept. {@link #within} gives
 * up as soon as a whole row exceeds the bound.
 *
 * <p><b>Cost.</b> O(m·n) time for texts of m and n code points, O(n) memory; with a bound k, texts whose
 * lengths differ by more than k are answered in O(1). <b>Thread-safety.</b> Stateless.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b}. */
    public static int between(String a, String b) {
        return distance(a.codePoints().toArray(), b.codePoints().toArray(), Integer.MAX_VALUE - 1);
    }

    /** Whether the distance between {@code a} and {@code b} is at most {@code bound}. */
    public static boolean within(String a, String b, int bound) {
        if (bound < 0) {
            return false;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return Math.abs(x.length - y.length) <= bound && distance(x, y, bound) <= bound;
    }

    /** The distance, or some value above {@code bound} as soon as it is certain to exceed it. */
    private static int distance(int[] a, int[] b, int bound) {
        int[] beforePrevious = new int[b.length + 1];
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > bound) {
                return bound + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length];
    }
}
