package org.balise.engine.circuit.model;

import org.balise.engine.i18n.LocalizedText;

/**
 * A diploma leading to a trade.
 *
 * @param diploma its name
 * @param level its qualification level, 1 to 8 on the European Qualifications Framework (the same numbers
 *     as France's 2019 nomenclature: 3 CAP, 4 baccalauréat, 5 BTS, 6 licence, 7 master, 8 doctorate)
 */
public record Training(LocalizedText diploma, int level) {

    public Training {
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("a qualification level is between 1 and 8, was " + level);
        }
    }
}
