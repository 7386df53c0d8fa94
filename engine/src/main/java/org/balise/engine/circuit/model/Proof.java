package org.balise.engine.circuit.model;

/**
 * A way to prove a team is at a station other than its position: the fallback when GPS cannot tell, or
 * the only way for a station without a zone (indoors). Codes are secrets, like answers: they never reach
 * players' phones.
 */
public sealed interface Proof permits Proof.QrCode, Proof.OnSiteCode, Proof.TeacherUnlock {

    /** The proof's name in the circuit format. */
    String kind();

    /** @param value the text encoded in the QR code posted at the station */
    record QrCode(String value) implements Proof {
        @Override
        public String kind() {
            return "qr-code";
        }
    }

    /** @param code a code written at the station (a plaque, a sign, a poster) */
    record OnSiteCode(String code) implements Proof {
        @Override
        public String kind() {
            return "on-site-code";
        }
    }

    /** The teacher running the session unlocks the station by hand. */
    record TeacherUnlock() implements Proof {
        @Override
        public String kind() {
            return "teacher-unlock";
        }
    }
}
