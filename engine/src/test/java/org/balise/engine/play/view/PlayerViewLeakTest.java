package org.balise.engine.play.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.balise.engine.answer.TextForm;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.play.ClassGame;
import org.balise.engine.play.RandomSamplePlay.Action;
import org.balise.engine.play.RandomSamplePlay;
import org.balise.engine.play.SampleCircuit;
import org.balise.engine.play.SampleGames;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * No player view the engine produces for the sample circuit holds a secret: an accepted answer, a right option
 * (or any ordering item's id), a code, a number's value, a QR value, an on-site code or a photo's guidance.
 *
 * <p>Views are serialized with Jackson as the web layer will. A secret must never be a whole string of the JSON
 * (value or field name), and a secret that no public text of the circuit contains (e.g. "Pompon") must not
 * appear anywhere in it either. Secrets that public texts do contain ("Dijon" is in a question) are only checked
 * as whole strings.
 */
class PlayerViewLeakTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Circuit SAMPLE = SampleCircuit.prepared().circuit();
    private static final Set<String> SECRETS = secrets(SAMPLE);
    private static final String PUBLIC_TEXT = publicText(SAMPLE);
    private static final Set<String> ANSWER_FIELDS = Set.of("answer", "accepted", "correct", "digits", "order",
            "guidance", "tolerance", "value", "code", "fallbackProofs");

    @Test
    void theSecretsOfTheSampleAreKnownToThisTest() {
        assertThat(SECRETS).contains("dijon", "pompon", "francois pompon", "bareuzai", "eglise", "main-gauche", "316",
                "1234", "8412", "balise-sample-chouette-7f3a", "philippe-hardi", "jean");
    }

    @Test
    void theCheckFindsASecretWhereverItIs() {
        assertThat(leaks(JSON.writeValueAsString(Map.of("option", "bareuzai")))).isNotEmpty();
        assertThat(leaks(JSON.writeValueAsString(Map.of("text", "Le sculpteur est François Pompon.")))).isNotEmpty();
        assertThat(leaks(JSON.writeValueAsString(Map.of("digits", "x")))).isNotEmpty();
        assertThat(leaks(JSON.writeValueAsString(Map.of("text", "Quelle ville les Dijonnais aiment-ils ?")))).isEmpty();
    }

    @Test
    void noViewOfTheSampleGamesHoldsASecret() {
        List<PlayerView> views = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            ClassGame game = SampleGames.play(mode);
            views.addAll(game.views());
        }

        assertThat(views.size()).isGreaterThan(100);
        assertThat(views).as("the games show every kind of riddle")
                .flatMap(v -> v.stations().stream().filter(s -> s.riddle() != null).map(s -> s.riddle().kind()).toList())
                .contains("ordering", "number", "location-only", "multiple-choice", "single-choice", "code", "photo", "text");
        for (PlayerView view : views) {
            String json = JSON.writeValueAsString(view);
            assertThat(leaks(json)).as(json).isEmpty();
        }
    }

    @Provide
    Arbitrary<Action> action() {
        return RandomSamplePlay.actions();
    }

    @Property(tries = 150)
    void noViewOfAnyGameOfTheSampleHoldsASecret(@ForAll @Size(max = 40) List<@From("action") Action> actions,
            @ForAll boolean onSite, @ForAll @IntRange(max = 5) int teamIndex, @ForAll boolean english) {
        ClassGame game = RandomSamplePlay.play(onSite ? Mode.ON_SITE : Mode.VIRTUAL, teamIndex, english ? "en" : "fr",
                actions);

        for (PlayerView view : game.views()) {
            String json = JSON.writeValueAsString(view);
            assertThat(leaks(json)).as(json).isEmpty();
        }
    }

    /** What in this JSON gives a secret away. */
    static List<String> leaks(String json) {
        List<String> leaks = new ArrayList<>();
        Set<String> strings = new HashSet<>();
        Set<String> fields = new HashSet<>();
        collect(JSON.readTree(json), strings, fields);
        String all = fold(json);
        for (String string : strings) {
            if (SECRETS.contains(fold(string))) {
                leaks.add("the string \"" + string + "\" is a secret");
            }
        }
        for (String field : fields) {
            if (ANSWER_FIELDS.contains(field) || SECRETS.contains(fold(field))) {
                leaks.add("a field is named " + field);
            }
        }
        for (String secret : SECRETS) {
            boolean wordy = secret.chars().anyMatch(Character::isLetter) && secret.length() >= 5;
            if (wordy && !PUBLIC_TEXT.contains(secret) && all.contains(secret)) {
                leaks.add("the secret \"" + secret + "\" appears in the text");
            }
        }
        return leaks;
    }

    private static void collect(JsonNode node, Set<String> strings, Set<String> fields) {
        if (node.isString()) {
            strings.add(node.asString());
        }
        if (node.isObject()) {
            node.propertyNames().forEach(fields::add);
        }
        node.values().forEach(child -> collect(child, strings, fields));
    }

    private static Set<String> secrets(Circuit circuit) {
        Set<String> secrets = new LinkedHashSet<>();
        for (Station station : circuit.stations()) {
            addSecrets(station.riddle(), secrets);
            if (station.virtualRiddle() != null) {
                addSecrets(station.virtualRiddle(), secrets);
            }
            for (Proof proof : station.fallbackProofs()) {
                switch (proof) {
                    case Proof.QrCode qr -> secrets.add(fold(qr.value()));
                    case Proof.OnSiteCode code -> secrets.add(fold(code.code()));
                    case Proof.TeacherUnlock ignored -> { }
                }
            }
        }
        if (circuit.finalRiddle() != null) {
            addSecrets(circuit.finalRiddle().riddle(), secrets);
        }
        return Set.copyOf(secrets);
    }

    private static void addSecrets(Riddle riddle, Set<String> secrets) {
        switch (riddle) {
            case TextRiddle text -> text.answer().accepted().forEach(a -> secrets.add(fold(a)));
            case NumberRiddle number -> secrets.add(
                    new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number.answer().value()));
            case CodeRiddle code -> secrets.add(code.answer().digits());
            case SingleChoiceRiddle choice -> secrets.add(fold(choice.answer().correct()));
            case MultipleChoiceRiddle choice -> choice.answer().correct().forEach(id -> secrets.add(fold(id)));
            case OrderingRiddle ordering -> ordering.answer().order().forEach(id -> secrets.add(fold(id)));
            case PhotoRiddle photo -> photo.answer().guidance().texts().values().forEach(g -> secrets.add(fold(g)));
            default -> { }
        }
    }

    /** Every text of the circuit but its answers and proofs: what players may legitimately read. */
    private static String publicText(Circuit circuit) {
        JsonNode tree = JSON.valueToTree(circuit);
        strip(tree);
        return fold(tree.toString());
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("answer");
            object.remove("fallbackProofs");
        }
        node.values().forEach(PlayerViewLeakTest::strip);
    }

    private static String fold(String text) {
        return TextForm.fold(text, false, false).strip();
    }
}
