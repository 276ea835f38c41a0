package dateline.auth;

import java.time.Instant;

/**
 * One line of the audit log: who did what, to which story and version, when.
 *
 * @param action  a change kind (published, corrected...) or an account action (login, user-added...)
 * @param storyId null for account actions
 * @param detail  the note of a correction or withdrawal, or what an account action was about
 */
public record AuditEntry(Instant at, String actor, String action, String storyId, Integer version, String detail) {}
