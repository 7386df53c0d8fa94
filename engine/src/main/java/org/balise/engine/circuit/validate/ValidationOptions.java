package org.balise.engine.circuit.validate;

/**
 * What the semantic validation tolerates.
 *
 * @param missingTranslation the severity of a text missing in a declared language other than the default
 *     one (a text missing in the default language is always an error: it could not be shown at all)
 * @param minimumRadiusMetres a circle smaller than this gets a warning: below the usual error of a phone's
 *     GPS, teams may stand at the right spot and not be detected
 * @param farStationMetres a station whose nearest other station is farther than this gets a warning
 *     (swapped or mistyped coordinates)
 */
public record ValidationOptions(Severity missingTranslation, double minimumRadiusMetres, double farStationMetres) {

    /**
     * A declared language is a promise to players, so a missing translation is an error; 15 m is a
     * typical phone's GPS error outdoors; 5 km suits a walking circuit (raise it for a rally).
     */
    public static final ValidationOptions DEFAULT = new ValidationOptions(Severity.ERROR, 15, 5_000);

    public ValidationOptions {
        if (!(minimumRadiusMetres >= 0)) {
            throw new IllegalArgumentException("minimumRadiusMetres must not be negative, was " + minimumRadiusMetres);
        }
        if (!(farStationMetres > 0)) {
            throw new IllegalArgumentException("farStationMetres must be positive, was " + farStationMetres);
        }
    }

    public ValidationOptions withMissingTranslation(Severity severity) {
        return new ValidationOptions(severity, minimumRadiusMetres, farStationMetres);
    }

    public ValidationOptions withFarStationMetres(double metres) {
        return new ValidationOptions(missingTranslation, minimumRadiusMetres, metres);
    }
}
