package dateline.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where accounts, sessions and the audit log are kept (implemented in {@code store}, in the same
 * database as the stories). Each write that changes an account also appends its audit entry, in
 * one transaction.
 */
public interface AccountStore {
    /** A user and their password hash, for checking a login. */
    record Credentials(User user, String passwordHash) {}

    /** Adds a user; false when the name is taken. */
    boolean addUser(User user, String passwordHash, AuditEntry audit);

    /** Adds the user only when there are no users at all (the first start); false otherwise. */
    boolean addFirstUser(User user, String passwordHash, AuditEntry audit);

    Optional<Credentials> credentials(String name);

    List<User> users();

    /** Sets the password; {@code mustChange} marks it one-time. Ends the user's other sessions. False for no such user. */
    boolean setPassword(String name, String passwordHash, boolean mustChange, String keepSessionHash, AuditEntry audit);

    /** Sets (or with null, revokes) the digest of the user's API token. False for no such user. */
    boolean setToken(String name, String tokenHash, AuditEntry audit);

    Optional<User> userByToken(String tokenHash);

    void addSession(String idHash, String userName, String csrf, Instant createdAt, Instant expiresAt, AuditEntry audit);

    /** The session's user and CSRF token, when it exists and has not expired at {@code now}. */
    Optional<Session> session(String idHash, Instant now);

    void endSession(String idHash, AuditEntry audit);

    void audit(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> auditLog(int limit);
}
