package org.balise.engine.circuit.validate;

import static org.balise.engine.circuit.validate.Quote.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Requirement;
import org.balise.engine.circuit.model.Station;

/**
 * In a graph progression: the {@code requires} graph has no cycle, some station is open at the start, and
 * every station can open.
 *
 * <p>Cycles are the strongly connected components of the graph (Tarjan, linear in stations + requirements),
 * reported once per component at its first station. Reachability is a fixpoint: a station opens once at
 * least {@code atLeast} of its required stations are open (quadratic at worst, for tens of stations).
 * Stations already explained by another problem (a cycle, an unknown id, {@code atLeast} too large) are not
 * reported again as unreachable.
 */
final class UnlockGraphCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        if (!(circuit.progression() instanceof Progression.Graph)) {
            return;
        }
        List<Station> stations = circuit.stations();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            index.putIfAbsent(stations.get(i).id(), i);
        }
        List<List<Integer>> requires = new ArrayList<>();
        for (Station station : stations) {
            Requirement requirement = station.requires();
            requires.add(requirement == null ? List.of() : requirement.stations().stream()
                    .filter(index::containsKey)
                    .map(index::get)
                    .toList());
        }

        Set<Integer> inCycle = reportCycles(stations, requires, problems);

        if (stations.stream().allMatch(s -> s.requires() != null)) {
            problems.error(Pointer.root().at("progression"), "Every station requires another one, so none is open"
                    + " at the start: leave at least one station without requires.");
            return;
        }
        Set<Integer> open = reachable(stations, requires);
        for (int i = 0; i < stations.size(); i++) {
            Requirement requirement = stations.get(i).requires();
            boolean explained = inCycle.contains(i)
                    || requirement == null
                    || requirement.atLeast() > requirement.stations().size()
                    || requirement.stations().stream().anyMatch(id -> !index.containsKey(id));
            if (!open.contains(i) && !explained) {
                problems.error(Sites.station(i).at("requires"),
                        "This station can never open: not enough of the stations it requires can ever be solved.");
            }
        }
    }

    private static Set<Integer> reachable(List<Station> stations, List<List<Integer>> requires) {
        Set<Integer> open = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < stations.size(); i++) {
                if (open.contains(i)) {
                    continue;
                }
                Requirement requirement = stations.get(i).requires();
                long solved = requires.get(i).stream().filter(open::contains).count();
                if (requirement == null || solved >= requirement.atLeast()) {
                    open.add(i);
                    grew = true;
                }
            }
        }
        return open;
    }

    private static Set<Integer> reportCycles(List<Station> stations, List<List<Integer>> requires, Problems problems) {
        Set<Integer> inCycle = new HashSet<>();
        for (List<Integer> component : new Tarjan(requires).components()) {
            int first = component.stream().min(Integer::compare).orElseThrow();
            boolean selfLoop = component.size() == 1 && requires.get(first).contains(first);
            if (component.size() == 1 && !selfLoop) {
                continue;
            }
            inCycle.addAll(component);
            Pointer at = Sites.station(first).at("requires");
            if (selfLoop) {
                problems.error(at, "This station requires itself, so it can never open.");
            } else {
                String names = component.stream().sorted()
                        .map(i -> quote(stations.get(i).id()))
                        .collect(Collectors.joining(", "));
                problems.error(at, "Stations " + names + " require one another in a circle, so none of them can"
                        + " open first: remove one of these requirements.");
            }
        }
        return inCycle;
    }

    /** Tarjan's strongly connected components, iterative so that a long chain cannot overflow the stack. */
    private static final class Tarjan {
        private final List<List<Integer>> edges;
        private final int[] order;
        private final int[] low;
        private final boolean[] onStack;
        private final Deque<Integer> stack = new ArrayDeque<>();
        private final List<List<Integer>> components = new ArrayList<>();
        private int counter;

        Tarjan(List<List<Integer>> edges) {
            this.edges = edges;
            this.order = new int[edges.size()];
            this.low = new int[edges.size()];
            this.onStack = new boolean[edges.size()];
            Arrays.fill(order, -1);
        }

        List<List<Integer>> components() {
            for (int v = 0; v < edges.size(); v++) {
                if (order[v] < 0) {
                    visit(v);
                }
            }
            return components;
        }

        private void visit(int root) {
            Deque<int[]> work = new ArrayDeque<>();
            work.push(new int[] {root, 0});
            enter(root);
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                int v = frame[0];
                if (frame[1] < edges.get(v).size()) {
                    int w = edges.get(v).get(frame[1]++);
                    if (order[w] < 0) {
                        enter(w);
                        work.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    List<Integer> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component.add(w);
                    } while (w != v);
                    components.add(component);
                }
            }
        }

        private void enter(int v) {
            order[v] = counter;
            low[v] = counter;
            counter++;
            stack.push(v);
            onStack[v] = true;
        }
    }
}
