package org.balise.web.backoffice.classroom.dashboard;

/** Why a team needs the teacher's eye. */
enum Alert {
    /** Its phones still report, but it has not moved on for a while: maybe stuck on a riddle or lost. */
    IDLE("Idle"),
    /** Its last position is outside the circuit's area and its margin. */
    OUT_OF_AREA("Out of area"),
    /** The fix filter flagged some of its positions: an implausible speed or a mocked location. */
    SUSPICIOUS_FIXES("Suspicious positions"),
    /** Its phones have sent nothing for a while: battery, network, or a phone in a pocket. */
    OFFLINE("Offline");

    private final String label;

    Alert(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
