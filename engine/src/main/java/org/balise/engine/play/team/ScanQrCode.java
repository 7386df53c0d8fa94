package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/** On site: the team scanned a QR code; its text names the station it is posted at. */
@TypeName("scan-qr-code")
public record ScanQrCode(String commandId, String value) implements TeamCommand {
}
