package org.balise.engine.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.Envelope;

/**
 * A read-only R-tree of boxes, packed by JTS's {@link STRtree} (Sort-Tile-Recursive) and then copied into
 * flat arrays for querying.
 *
 * <p><b>Why a copy.</b> In JTS 1.20 every {@code STRtree.query} first enters the {@code synchronized}
 * {@code build()}, so concurrent queries on one shared tree contend for a lock, and each step goes through
 * {@code Boundable} and {@code Envelope} objects. The packing is JTS's; the walk here reads primitive arrays
 * in breadth-first order, takes no lock and allocates nothing (see DD004 in {@code docs/design-decisions}).
 *
 * <p><b>Cost.</b> Build O(n log n). A box query visits O(log n + k) entries for k results on well-spread
 * data (the usual R-tree caveat: overlapping boxes cost more).
 *
 * <p><b>Thread-safety.</b> Immutable after construction; any number of threads may query at once.
 */
final class PackedStrTree {

    static final int NODE_CAPACITY = 10;

    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    /** For a node, the index of its first child; for an item, -1. */
    private final int[] firstChild;
    /** For a node, one past its last child; for an item, the item's number. */
    private final int[] endOrItem;
    private final boolean empty;

    /** Indexes {@code boxes}; item {@code i} is the box at position {@code i}. */
    PackedStrTree(List<Envelope> boxes) {
        STRtree tree = new STRtree(NODE_CAPACITY);
        for (int i = 0; i < boxes.size(); i++) {
            tree.insert(boxes.get(i), i);
        }
        tree.build();
        List<Boundable> entries = new ArrayList<>();
        entries.add(tree.getRoot());
        int size = 1;
        // Breadth-first: the children of each node land next to each other, so a node needs only a range.
        List<int[]> ranges = new ArrayList<>();
        for (int at = 0; at < entries.size(); at++) {
            if (entries.get(at) instanceof AbstractNode node) {
                @SuppressWarnings("unchecked")
                List<Boundable> children = node.getChildBoundables();
                ranges.add(new int[] {size, size + children.size()});
                entries.addAll(children);
                size += children.size();
            } else {
                ranges.add(null);
            }
        }
        int count = entries.size();
        minX = new double[count];
        minY = new double[count];
        maxX = new double[count];
        maxY = new double[count];
        firstChild = new int[count];
        endOrItem = new int[count];
        for (int i = 0; i < count; i++) {
            Boundable entry = entries.get(i);
            Envelope bounds = (Envelope) entry.getBounds();
            if (bounds == null || bounds.isNull()) {
                minX[i] = Double.POSITIVE_INFINITY;
                minY[i] = Double.POSITIVE_INFINITY;
                maxX[i] = Double.NEGATIVE_INFINITY;
                maxY[i] = Double.NEGATIVE_INFINITY;
            } else {
                minX[i] = bounds.getMinX();
                minY[i] = bounds.getMinY();
                maxX[i] = bounds.getMaxX();
                maxY[i] = bounds.getMaxY();
            }
            if (entry instanceof ItemBoundable item) {
                firstChild[i] = -1;
                endOrItem[i] = (Integer) item.getItem();
            } else {
                int[] range = ranges.get(i);
                firstChild[i] = range[0];
                endOrItem[i] = range[1];
            }
        }
        empty = boxes.isEmpty();
    }

    /** Receives the items whose boxes meet the query box. */
    @FunctionalInterface
    interface ItemSink {
        void accept(int item);
    }

    /** Calls {@code sink} for each item whose box intersects the query box (boundaries included). */
    void query(double qMinX, double qMinY, double qMaxX, double qMaxY, ItemSink sink) {
        if (!empty && intersects(0, qMinX, qMinY, qMaxX, qMaxY)) {
            walk(0, qMinX, qMinY, qMaxX, qMaxY, sink);
        }
    }

    private void walk(int node, double qMinX, double qMinY, double qMaxX, double qMaxY, ItemSink sink) {
        for (int child = firstChild[node], end = endOrItem[node]; child < end; child++) {
            if (intersects(child, qMinX, qMinY, qMaxX, qMaxY)) {
                if (firstChild[child] < 0) {
                    sink.accept(endOrItem[child]);
                } else {
                    walk(child, qMinX, qMinY, qMaxX, qMaxY, sink);
                }
            }
        }
    }

    private boolean intersects(int entry, double qMinX, double qMinY, double qMaxX, double qMaxY) {
        return minX[entry] <= qMaxX && maxX[entry] >= qMinX && minY[entry] <= qMaxY && maxY[entry] >= qMinY;
    }
}
