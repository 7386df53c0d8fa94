package org.balise.engine.play.team;

/**
 * What a team's phones (or the teacher, for this team) ask. Every command carries an id made by its sender: a
 * phone that retries, or four phones of one team sending the same queued action, reuse it, and the command
 * is applied once.
 *
 * <p>Team's phones: {@link ReportFixes}, {@link TapMap}, {@link OpenStation}, {@link ScanQrCode},
 * {@link EnterOnSiteCode}, {@link SubmitAnswer}, {@link SubmitPhoto}, {@link TakeHint},
 * {@link AcknowledgeMessage}. Teacher: {@link UnlockStation}, {@link ApprovePhoto}, {@link RejectPhoto},
 * {@link SendMessage}, {@link AwardPoints}. Who may send which is the web layer's business.
 */
public sealed interface TeamCommand
        permits ReportFixes, TapMap, OpenStation, ScanQrCode, EnterOnSiteCode, UnlockStation, SubmitAnswer, SubmitPhoto,
                ApprovePhoto, RejectPhoto, TakeHint, SendMessage, AcknowledgeMessage, AwardPoints {

    /** Unique per sender and command: a retry reuses it. */
    String commandId();
}
