package org.balise.web.backoffice.classroom.sessions;

import java.util.List;
import java.util.Map;

/**
 * The few lines a poster gives pupils, in each language a session allows. A language Balise has no
 * instructions in gets the English ones, since pupils of that class read the circuit in it anyway.
 */
final class JoinInstructions {

    /** A language's heading and steps. */
    record Instructions(String heading, List<String> steps) {
    }

    private static final Instructions ENGLISH = new Instructions("How to join", List.of(
            "Scan the QR code with one phone per team, or open the address below and type the code.",
            "Choose your team's name and your language.",
            "Stay together, watch the traffic, and come back as soon as your teacher calls you."));

    private static final Map<String, Instructions> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "fr", new Instructions("Pour rejoindre le jeu", List.of(
                    "Scannez le QR code avec un téléphone par équipe, ou ouvrez l'adresse ci-dessous et tapez le code.",
                    "Choisissez le nom de votre équipe et votre langue.",
                    "Restez ensemble, faites attention à la circulation et revenez dès que votre enseignant vous appelle.")),
            "de", new Instructions("So macht ihr mit", List.of(
                    "Scannt den QR-Code mit einem Handy pro Team oder öffnet die Adresse unten und gebt den Code ein.",
                    "Wählt den Namen eures Teams und eure Sprache.",
                    "Bleibt zusammen, achtet auf den Verkehr und kommt zurück, sobald eure Lehrkraft euch ruft.")),
            "es", new Instructions("Cómo unirse", List.of(
                    "Escanead el código QR con un teléfono por equipo, o abrid la dirección de abajo y escribid el código.",
                    "Elegid el nombre de vuestro equipo y vuestro idioma.",
                    "Permaneced juntos, cuidado con el tráfico, y volved en cuanto vuestro profesor os llame.")));

    private JoinInstructions() {
    }

    static Instructions in(String language) {
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }
}
