package org.balise.engine.circuit.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How messages show distances: metres below 1 km, kilometres above, with one decimal below 10 km and none
 * beyond (the decimal dropped when it is zero).
 */
final class Units {

    private Units() {
    }

    static String distance(double metres) {
        if (metres >= 10_000) {
            return number(metres / 1_000, 0) + " km";
        }
        return metres >= 1_000 ? number(metres / 1_000, 1) + " km" : number(metres, 1) + " m";
    }

    private static String number(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
