package org.balise.engine.circuit.model;

import java.util.List;

/** In which order teams play the stations. */
public sealed interface Progression
        permits Progression.Linear, Progression.Free, Progression.Graph, Progression.Rotation, Progression.Routes {

    /** The progression's name in the circuit format. */
    String kind();

    /** Every team plays the stations in the order the circuit lists them. */
    record Linear() implements Progression {
        @Override
        public String kind() {
            return "linear";
        }
    }

    /** Every station is open from the start; teams choose. */
    record Free() implements Progression {
        @Override
        public String kind() {
            return "free";
        }
    }

    /** A station opens when its {@link Requirement} is met; a station without one is open from the start. */
    record Graph() implements Progression {
        @Override
        public String kind() {
            return "graph";
        }
    }

    /**
     * The stations form a loop; each team starts at a different station and walks around the loop, so that
     * teams spread out instead of queueing at the first station.
     *
     * @param loop station ids in walking order; after the last comes the first again
     */
    record Rotation(List<String> loop) implements Progression {
        public Rotation {
            loop = List.copyOf(loop);
        }

        @Override
        public String kind() {
            return "rotation";
        }
    }

    /**
     * Each team is given one of the author's routes (e.g. a personalised route per pair in a rally).
     *
     * @param routes the routes, at least one
     * @param inOrder whether a route's stations are played in the listed order or in any order
     */
    record Routes(List<Route> routes, boolean inOrder) implements Progression {
        public Routes {
            routes = List.copyOf(routes);
        }

        @Override
        public String kind() {
            return "routes";
        }
    }

    /**
     * @param id unique among the routes
     * @param stations the station ids the route visits
     */
    record Route(String id, List<String> stations) {
        public Route {
            stations = List.copyOf(stations);
        }
    }
}
