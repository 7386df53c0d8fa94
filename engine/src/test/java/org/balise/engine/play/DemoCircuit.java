package org.balise.engine.play;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Clue;
import org.balise.engine.circuit.model.Credits;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Hint;
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

/**
 * A small circuit built in Java for the play tests, with one station of each kind of riddle and proof, so
 * that every rule can be exercised on a known layout. Stations lie about 300 m apart in Dijon:
 *
 * <pre>
 *   jardin (number, code proof)      halles (multiple choice)
 *   fontaine (text, QR, 10 min)      eglise (single choice; graph: 1 of fontaine, jardin)
 *   parc (location; graph: eglise and musee)          musee (indoors: photo, QR, teacher)
 * </pre>
 * Final riddle: a code, opened by 2 of the clues c-un (fontaine), c-deux (jardin), c-trois (musee).
 */
public final class DemoCircuit {

    public static final LatLon FONTAINE = new LatLon(47.3220, 5.0396);
    public static final LatLon JARDIN = new LatLon(47.3247, 5.0396);
    public static final LatLon EGLISE = new LatLon(47.3220, 5.0436);
    public static final LatLon PARC = new LatLon(47.3193, 5.0396);
    public static final LatLon HALLES = new LatLon(47.3247, 5.0436);

    public static final String FONTAINE_QR = "qr-fontaine-7f3a";
    public static final String MUSEE_QR = "qr-musee-91c2";
    public static final String JARDIN_CODE = "Rose 1878";
    public static final String FINAL_CODE = "0427";

    private DemoCircuit() {
    }

    /** The circuit, played in the circuit's order. */
    public static Circuit linear() {
        return with(new Progression.Linear(), true);
    }

    /** The circuit with another progression, with or without its final riddle. */
    public static Circuit with(Progression progression, boolean withFinalRiddle) {
        return new Circuit("demo", "1.0.0", text("Démo", "Demo"), text("Un circuit de test.", "A test circuit."),
                new Languages(List.of("fr", "en"), "fr"), Set.of(Mode.ON_SITE, Mode.VIRTUAL),
                new Credits(List.of("Balise"), "CC0-1.0", null), null,
                List.of(new Media("photo-fontaine", "media/fontaine.jpg", MediaType.IMAGE,
                        text("La fontaine", "The fountain"), "Balise, CC0")),
                List.of(trade("t-plombier", "Plombier", "Plumber"), trade("t-electricien", "Électricien", "Electrician")),
                List.of(fontaine(), jardin(), eglise(), musee(), parc(), halles()),
                progression,
                withFinalRiddle ? finalRiddle() : null);
    }

    private static Station fontaine() {
        return station("fontaine", "Fontaine du Bareuzai", "Bareuzai fountain", new Zone.Circle(FONTAINE, 30), true,
                List.of(new Proof.QrCode(FONTAINE_QR), new Proof.TeacherUnlock()),
                new TextRiddle(text("Comment s'appelle le vigneron ?", "What is the winegrower called?"), List.of(),
                        new TextRiddle.Answer(List.of("Bareuzai"), Matching.DEFAULT)),
                null,
                List.of(new Hint("h-nom", text("Il foule le raisin.", "He treads grapes."), 2, Duration.ZERO),
                        // French only: an English team falls back to the circuit's default language.
                        new Hint("h-lettre", LocalizedText.of("fr", "Il commence par B."), 5, Duration.ofMinutes(2))),
                10, Duration.ofMinutes(10), null, new Rewards(new Clue("c-un", text("Le chiffre 0", "The digit 0")),
                        List.of("t-plombier")), List.of("photo-fontaine"));
    }

    private static Station jardin() {
        return station("jardin", "Jardin", "Garden", new Zone.Circle(JARDIN, 30), false,
                List.of(new Proof.OnSiteCode(JARDIN_CODE)),
                new NumberRiddle(text("Combien de marches ?", "How many steps?"), List.of(), text("marches", "steps"),
                        new NumberRiddle.Answer(42, 1)),
                null, List.of(), 8, null, null,
                new Rewards(new Clue("c-deux", text("Le chiffre 4", "The digit 4")), List.of()), List.of());
    }

    private static Station eglise() {
        return station("eglise", "Église", "Church", new Zone.Circle(EGLISE, 30), false, List.of(),
                new SingleChoiceRiddle(text("Quel style ?", "Which style?"), List.of(),
                        List.of(option("gothique", "Gothique", "Gothic"), option("roman", "Roman", "Romanesque"),
                                option("baroque", "Baroque", "Baroque")),
                        new SingleChoiceRiddle.Answer("roman")),
                null, List.of(), 5, null, new Requirement(List.of("fontaine", "jardin"), 1),
                new Rewards(null, List.of("t-electricien")), List.of());
    }

    private static Station musee() {
        return station("musee", "Musée", "Museum", null, false,
                List.of(new Proof.TeacherUnlock(), new Proof.QrCode(MUSEE_QR)),
                new PhotoRiddle(text("Photographiez le tableau.", "Photograph the painting."), List.of(),
                        new PhotoRiddle.Answer(text("Le tableau bleu est visible.", "The blue painting shows."))),
                null, List.of(), 6, null, null,
                new Rewards(new Clue("c-trois", text("Le chiffre 2", "The digit 2")), List.of()), List.of());
    }

    private static Station parc() {
        return station("parc", "Parc", "Park", new Zone.Circle(PARC, 30), false, List.of(),
                new LocationRiddle(text("Entrez dans le parc.", "Walk into the park."), List.of()),
                new OrderingRiddle(text("Rangez les saisons.", "Order the seasons."), List.of(),
                        List.of(option("printemps", "Printemps", "Spring"), option("ete", "Été", "Summer"),
                                option("automne", "Automne", "Autumn"), option("hiver", "Hiver", "Winter")),
                        new OrderingRiddle.Answer(List.of("printemps", "ete", "automne", "hiver"))),
                List.of(), 3, null, new Requirement(List.of("eglise", "musee"), 2), Rewards.NONE, List.of());
    }

    private static Station halles() {
        return station("halles", "Halles", "Market hall", new Zone.Circle(HALLES, 30), false, List.of(),
                new MultipleChoiceRiddle(text("En quoi sont-elles ?", "What are they made of?"), List.of(),
                        List.of(option("fer", "Fer", "Iron"), option("verre", "Verre", "Glass"),
                                option("bois", "Bois", "Wood"), option("pierre", "Pierre", "Stone")),
                        new MultipleChoiceRiddle.Answer(List.of("fer", "verre"))),
                null, List.of(), 7, null, null, Rewards.NONE, List.of());
    }

    private static FinalRiddle finalRiddle() {
        return new FinalRiddle(text("Le coffre", "The chest"),
                new CodeRiddle(text("Le code du coffre ?", "The chest's code?"), List.of(),
                        new CodeRiddle.Answer(FINAL_CODE)),
                List.of("c-un", "c-deux", "c-trois"), 2, 20,
                List.of(new Hint("f-ordre", text("Dans l'ordre des stations.", "In the stations' order."), 4,
                        Duration.ofMinutes(1))));
    }

    private static Station station(String id, String fr, String en, Zone.@Nullable Circle zone, boolean findOnMap,
            List<Proof> proofs, Riddle riddle, @Nullable Riddle virtualRiddle, List<Hint> hints, int points,
            @Nullable Duration timeLimit, @Nullable Requirement requires, Rewards rewards, List<String> media) {
        return new Station(id, text(fr, en), zone, true, PresenceRule.DEFAULT, proofs,
                new OnSiteContent(text("Sur place : " + fr, "On site: " + en), media),
                new VirtualContent(text("Sur la carte : " + fr, "On the map: " + en), List.of(), findOnMap && zone != null),
                riddle, virtualRiddle, hints, points, timeLimit, requires, rewards);
    }

    private static Trade trade(String id, String fr, String en) {
        return new Trade(id, text(fr, en), text("Le métier de " + fr, "The trade of " + en),
                List.of(new Training(text("CAP " + fr, "CAP " + en), 3)), List.of(), null);
    }

    private static Option option(String id, String fr, String en) {
        return new Option(id, text(fr, en));
    }

    public static LocalizedText text(String fr, String en) {
        return new LocalizedText(Map.of("fr", fr, "en", en));
    }
}
