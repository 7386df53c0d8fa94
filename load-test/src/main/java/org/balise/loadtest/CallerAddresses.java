package org.balise.loadtest;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The loopback address each join comes from. Balise allows 60 join-code requests a minute per caller
 * address; a real event's phones come from many addresses, so the generator spreads its joins over
 * 127.0.1.1, 127.0.1.2, ... ({@link #JOINS_PER_ADDRESS} each), all loopback: nothing leaves the machine.
 */
final class CallerAddresses {

    static final int JOINS_PER_ADDRESS = 50;

    private CallerAddresses() {
    }

    static InetAddress forTeam(int teamIndex) {
        int address = teamIndex / JOINS_PER_ADDRESS;
        byte[] bytes = {127, 0, (byte) (1 + address / 250), (byte) (1 + address % 250)};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
