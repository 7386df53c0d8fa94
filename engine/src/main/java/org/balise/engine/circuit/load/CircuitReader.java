package org.balise.engine.circuit.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Clue;
import org.balise.engine.circuit.model.Credits;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Link;
import org.balise.engine.circuit.model.Media;
import org.balise.engine.circuit.model.MediaType;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.OnSiteContent;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Requirement;
import org.balise.engine.circuit.model.Rewards;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.model.Trade;
import org.balise.engine.circuit.model.Training;
import org.balise.engine.circuit.model.VirtualContent;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.Matching;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.PresenceRule;
import org.balise.engine.geo.Zone;
import org.balise.engine.i18n.Languages;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON tree that passed the schema into the model. It trusts the schema for shape (required
 * properties present, types and ranges right) and fills the documented defaults of omitted properties;
 * meaning is left to the validator. Stateless.
 */
final class CircuitReader {

    private CircuitReader() {
    }

    static Circuit read(JsonNode root) {
        Set<Mode> modes = new LinkedHashSet<>();
        root.get("modes").forEach(mode -> modes.add(Mode.fromJson(mode.asString())));
        JsonNode finalRiddle = root.get("finalRiddle");
        return new Circuit(
                root.get("id").asString(),
                root.get("version").asString(),
                text(root.get("title")),
                text(root.get("summary")),
                new Languages(strings(root.get("languages")), root.get("defaultLanguage").asString()),
                modes,
                credits(root.get("credits")),
                optionalString(root, "cover"),
                list(root.get("media"), CircuitReader::media),
                list(root.get("trades"), CircuitReader::trade),
                list(root.get("stations"), CircuitReader::station),
                progression(root.get("progression")),
                finalRiddle == null ? null : finalRiddle(finalRiddle));
    }

    private static Credits credits(JsonNode node) {
        return new Credits(strings(node.get("authors")), node.get("licence").asString(), optionalText(node, "notice"));
    }

    private static Media media(JsonNode node) {
        return new Media(
                node.get("id").asString(),
                node.get("path").asString(),
                MediaType.valueOf(node.get("type").asString().toUpperCase(Locale.ROOT)),
                text(node.get("alt")),
                node.get("credit").asString());
    }

    private static Trade trade(JsonNode node) {
        return new Trade(
                node.get("id").asString(),
                text(node.get("name")),
                text(node.get("description")),
                list(node.get("trainings"), t -> new Training(text(t.get("diploma")), t.get("level").asInt())),
                list(node.get("links"), l -> new Link(l.get("url").asString(), text(l.get("label")))),
                optionalString(node, "onisepId"));
    }

    private static Station station(JsonNode node) {
        JsonNode zone = node.get("zone");
        JsonNode virtualRiddle = node.get("virtualRiddle");
        JsonNode timeLimit = node.get("timeLimitSeconds");
        JsonNode requires = node.get("requires");
        return new Station(
                node.get("id").asString(),
                text(node.get("title")),
                zone == null ? null : zone(zone),
                zone == null || node.get("surveyed").asBoolean(),
                presence(node.get("presence")),
                list(node.get("fallbackProofs"), CircuitReader::proof),
                onSite(node.get("onSite")),
                virtual(node.get("virtual")),
                riddle(node.get("riddle")),
                virtualRiddle == null ? null : riddle(virtualRiddle),
                list(node.get("hints"), CircuitReader::hint),
                node.get("points").asInt(),
                timeLimit == null ? null : Duration.ofSeconds(timeLimit.asLong()),
                requires == null ? null : requirement(requires),
                rewards(node.get("rewards")));
    }

    private static Zone zone(JsonNode node) {
        if (node.get("type").asString().equals("Circle")) {
            JsonNode centre = node.get("centre");
            return new Zone.Circle(
                    new LatLon(number(centre.get("lat")), number(centre.get("lon"))),
                    number(node.get("radius")));
        }
        List<List<LatLon>> rings = new ArrayList<>();
        for (JsonNode ring : node.get("coordinates")) {
            // GeoJSON (RFC 7946) writes [longitude, latitude]; a third number, the altitude, is ignored.
            rings.add(list(ring, position -> new LatLon(number(position.get(1)), number(position.get(0)))));
        }
        return new Zone.Polygon(rings);
    }

    private static PresenceRule presence(@Nullable JsonNode node) {
        PresenceRule d = PresenceRule.DEFAULT;
        if (node == null) {
            return d;
        }
        JsonNode policy = node.get("accuracyPolicy");
        return new PresenceRule(
                policy == null ? d.accuracyPolicy()
                        : PresenceRule.AccuracyPolicy.valueOf(policy.asString().toUpperCase(Locale.ROOT).replace('-', '_')),
                node.has("maxAccuracy") ? number(node.get("maxAccuracy")) : d.maxAccuracyMetres(),
                node.path("dwellSeconds").asInt(d.dwellSeconds()),
                node.path("consecutiveFixes").asInt(d.consecutiveFixes()),
                node.has("exitMargin") ? number(node.get("exitMargin")) : d.exitMarginMetres(),
                node.path("segmentCrossing").asBoolean(d.segmentCrossing()));
    }

    private static Proof proof(JsonNode node) {
        return switch (node.get("type").asString()) {
            case "qr-code" -> new Proof.QrCode(node.get("value").asString());
            case "on-site-code" -> new Proof.OnSiteCode(node.get("code").asString());
            case "teacher-unlock" -> new Proof.TeacherUnlock();
            default -> throw new IllegalArgumentException("unknown proof type " + node.get("type"));
        };
    }

    private static @Nullable OnSiteContent onSite(@Nullable JsonNode node) {
        return node == null ? null : new OnSiteContent(text(node.get("description")), strings(node.get("media")));
    }

    private static @Nullable VirtualContent virtual(@Nullable JsonNode node) {
        return node == null ? null : new VirtualContent(
                text(node.get("description")), strings(node.get("media")), node.get("findOnMap").asBoolean());
    }

    private static Riddle riddle(JsonNode node) {
        LocalizedText question = text(node.get("question"));
        List<String> media = strings(node.get("media"));
        JsonNode answer = node.path("answer");
        return switch (node.get("type").asString()) {
            case "text" -> new TextRiddle(question, media, new TextRiddle.Answer(
                    strings(answer.get("accepted")),
                    new Matching(
                            answer.path("typoTolerance").asBoolean(Matching.DEFAULT.typoTolerance()),
                            answer.path("caseSensitive").asBoolean(Matching.DEFAULT.caseSensitive()),
                            answer.path("accentSensitive").asBoolean(Matching.DEFAULT.accentSensitive()))));
            case "number" -> new NumberRiddle(question, media, optionalText(node, "unit"), new NumberRiddle.Answer(
                    number(answer.get("value")), answer.has("tolerance") ? number(answer.get("tolerance")) : 0));
            case "single-choice" -> new SingleChoiceRiddle(question, media, options(node.get("options")),
                    new SingleChoiceRiddle.Answer(answer.get("correct").asString()));
            case "multiple-choice" -> new MultipleChoiceRiddle(question, media, options(node.get("options")),
                    new MultipleChoiceRiddle.Answer(strings(answer.get("correct"))));
            case "ordering" -> new OrderingRiddle(question, media, options(node.get("items")),
                    new OrderingRiddle.Answer(strings(answer.get("order"))));
            case "code" -> new CodeRiddle(question, media, new CodeRiddle.Answer(answer.get("digits").asString()));
            case "location-only" -> new LocationRiddle(question, media);
            case "photo" -> new PhotoRiddle(question, media, new PhotoRiddle.Answer(text(answer.get("guidance"))));
            default -> throw new IllegalArgumentException("unknown riddle type " + node.get("type"));
        };
    }

    private static List<Option> options(JsonNode node) {
        return list(node, o -> new Option(o.get("id").asString(), text(o.get("text"))));
    }

    private static Hint hint(JsonNode node) {
        return new Hint(
                node.get("id").asString(),
                text(node.get("text")),
                node.get("cost").asInt(),
                Duration.ofSeconds(node.path("availableAfterSeconds").asLong(0)));
    }

    private static Requirement requirement(JsonNode node) {
        List<String> stations = strings(node.get("stations"));
        return new Requirement(stations, node.path("atLeast").asInt(stations.size()));
    }

    private static Rewards rewards(@Nullable JsonNode node) {
        if (node == null) {
            return Rewards.NONE;
        }
        JsonNode clue = node.get("clue");
        return new Rewards(
                clue == null ? null : new Clue(clue.get("id").asString(), text(clue.get("text"))),
                strings(node.get("trades")));
    }

    private static Progression progression(JsonNode node) {
        return switch (node.get("type").asString()) {
            case "linear" -> new Progression.Linear();
            case "free" -> new Progression.Free();
            case "graph" -> new Progression.Graph();
            case "rotation" -> new Progression.Rotation(strings(node.get("loop")));
            case "routes" -> new Progression.Routes(
                    list(node.get("routes"), r -> new Progression.Route(r.get("id").asString(), strings(r.get("stations")))),
                    node.path("inOrder").asBoolean(true));
            default -> throw new IllegalArgumentException("unknown progression type " + node.get("type"));
        };
    }

    private static FinalRiddle finalRiddle(JsonNode node) {
        List<String> clues = strings(node.get("clues"));
        return new FinalRiddle(
                text(node.get("title")),
                riddle(node.get("riddle")),
                clues,
                node.path("cluesNeeded").asInt(clues.size()),
                node.get("points").asInt(),
                list(node.get("hints"), CircuitReader::hint));
    }

    /**
     * A JSON number as a double. Numbers are read as exact decimals, so one beyond the range of a double
     * becomes an infinity here, which the model's records refuse with a plain message.
     */
    private static double number(JsonNode node) {
        return node.asDecimal().doubleValue();
    }

    private static LocalizedText text(JsonNode node) {
        Map<String, String> texts = new HashMap<>();
        node.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().asString()));
        return new LocalizedText(texts);
    }

    private static @Nullable LocalizedText optionalText(JsonNode parent, String property) {
        JsonNode node = parent.get(property);
        return node == null ? null : text(node);
    }

    private static @Nullable String optionalString(JsonNode parent, String property) {
        JsonNode node = parent.get(property);
        return node == null ? null : node.asString();
    }

    /** The strings of an array, or an empty list when the property is absent. */
    private static List<String> strings(@Nullable JsonNode node) {
        return list(node, JsonNode::asString);
    }

    /** Each element of an array read by {@code reader}, or an empty list when the property is absent. */
    private static <T> List<T> list(@Nullable JsonNode node, Function<JsonNode, T> reader) {
        if (node == null) {
            return List.of();
        }
        List<T> list = new ArrayList<>();
        node.forEach(element -> list.add(reader.apply(element)));
        return List.copyOf(list);
    }
}
