package dateline.store;

import dateline.auth.AccountStore;
import dateline.auth.AuditEntry;
import dateline.auth.Role;
import dateline.auth.Session;
import dateline.auth.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/** {@link AccountStore} in the stories' database; every change and its audit entry in one transaction. */
public final class SqlAccountStore implements AccountStore {
    private static final String USER = "name, role, must_change, token_hash, created_at";
    private final Jdbi jdbi;

    private SqlAccountStore(Jdbi jdbi) { this.jdbi = jdbi; }

    /** The accounts kept beside the stories of {@code store}, on its connections. */
    public static SqlAccountStore on(SqlStoryStore store) { return new SqlAccountStore(store.jdbi()); }

    @Override
    public boolean addUser(User user, String passwordHash, AuditEntry audit) {
        return write("add user " + user.name(), h -> {
            int added = h.createUpdate("""
                    INSERT INTO users (name, role, password_hash, must_change, created_at)
                    VALUES (:name, :role, :hash, :mustChange, :at) ON CONFLICT DO NOTHING""")
                    .bind("name", user.name()).bind("role", user.role().wireName()).bind("hash", passwordHash)
                    .bind("mustChange", user.mustChangePassword() ? 1 : 0).bind("at", user.createdAt().toEpochMilli())
                    .execute();
            if (added == 1) insertAudit(h, audit);
            return added == 1;
        });
    }

    @Override
    public boolean addFirstUser(User user, String passwordHash, AuditEntry audit) {
        // Two processes starting at once must not both make an admin: the check and the insert are one statement.
        return write("add the first user", h -> {
            int added = h.createUpdate("""
                    INSERT INTO users (name, role, password_hash, must_change, created_at)
                    SELECT :name, :role, :hash, :mustChange, :at WHERE NOT EXISTS (SELECT 1 FROM users)
                    ON CONFLICT DO NOTHING""")
                    .bind("name", user.name()).bind("role", user.role().wireName()).bind("hash", passwordHash)
                    .bind("mustChange", 1).bind("at", user.createdAt().toEpochMilli()).execute();
            if (added == 1) insertAudit(h, audit);
            return added == 1;
        });
    }

    @Override
    public Optional<Credentials> credentials(String name) {
        return read("read user " + name, h -> h.createQuery("SELECT " + USER + ", password_hash FROM users WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> new Credentials(user(rs), rs.getString("password_hash"))).findOne());
    }

    @Override
    public List<User> users() {
        return read("read the users", h -> h.createQuery("SELECT " + USER + " FROM users ORDER BY name")
                .map((rs, ctx) -> user(rs)).list());
    }

    @Override
    public boolean setPassword(String name, String passwordHash, boolean mustChange, String keepSessionHash, AuditEntry audit) {
        return write("set the password of " + name, h -> {
            int changed = h.createUpdate("UPDATE users SET password_hash = :hash, must_change = :mustChange WHERE name = :name")
                    .bind("hash", passwordHash).bind("mustChange", mustChange ? 1 : 0).bind("name", name).execute();
            if (changed == 0) return false;
            h.createUpdate("DELETE FROM sessions WHERE user_name = :name AND id_hash <> :keep")
                    .bind("name", name).bind("keep", keepSessionHash == null ? "" : keepSessionHash).execute();
            insertAudit(h, audit);
            return true;
        });
    }

    @Override
    public boolean setToken(String name, String tokenHash, AuditEntry audit) {
        return write("set the token of " + name, h -> {
            int changed = h.createUpdate("UPDATE users SET token_hash = :hash WHERE name = :name")
                    .bind("hash", tokenHash).bind("name", name).execute();
            if (changed == 1) insertAudit(h, audit);
            return changed == 1;
        });
    }

    @Override
    public Optional<User> userByToken(String tokenHash) {
        return read("find a token", h -> h.createQuery("SELECT " + USER + " FROM users WHERE token_hash = :hash")
                .bind("hash", tokenHash).map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public void addSession(String idHash, String userName, String csrf, Instant createdAt, Instant expiresAt, AuditEntry audit) {
        write("start a session", h -> {
            // Expired sessions go when a new one starts: no timer, and the table stays small.
            h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now").bind("now", createdAt.toEpochMilli()).execute();
            h.createUpdate("""
                    INSERT INTO sessions (id_hash, user_name, csrf, created_at, expires_at)
                    VALUES (:id, :user, :csrf, :created, :expires)""")
                    .bind("id", idHash).bind("user", userName).bind("csrf", csrf)
                    .bind("created", createdAt.toEpochMilli()).bind("expires", expiresAt.toEpochMilli()).execute();
            insertAudit(h, audit);
            return null;
        });
    }

    @Override
    public Optional<Session> session(String idHash, Instant now) {
        return read("read a session", h -> h.createQuery("SELECT u.name, u.role, u.must_change, u.token_hash, u.created_at,"
                        + " s.csrf, s.expires_at FROM sessions s JOIN users u ON u.name = s.user_name"
                        + " WHERE s.id_hash = :id AND s.expires_at > :now")
                .bind("id", idHash).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Session(null, user(rs), rs.getString("csrf"), Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
    }

    @Override
    public void endSession(String idHash, AuditEntry audit) {
        write("end a session", h -> {
            h.createUpdate("DELETE FROM sessions WHERE id_hash = :id").bind("id", idHash).execute();
            insertAudit(h, audit);
            return null;
        });
    }

    @Override
    public void audit(AuditEntry entry) {
        write("write the audit log", h -> {
            insertAudit(h, entry);
            return null;
        });
    }

    @Override
    public List<AuditEntry> auditLog(int limit) {
        return read("read the audit log", h -> h.createQuery("""
                SELECT at, actor, action, story_id, version, detail FROM audit_log ORDER BY at DESC LIMIT :limit""")
                .bind("limit", limit).map((rs, ctx) -> {
                    int version = rs.getInt("version");
                    Integer v = rs.wasNull() ? null : version;
                    return new AuditEntry(Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"), rs.getString("action"),
                            rs.getString("story_id"), v, rs.getString("detail"));
                }).list());
    }

    private static void insertAudit(Handle h, AuditEntry e) {
        h.createUpdate("""
                INSERT INTO audit_log (at, actor, action, story_id, version, detail)
                VALUES (:at, :actor, :action, :story, :version, :detail)""")
                .bind("at", e.at().toEpochMilli()).bind("actor", e.actor()).bind("action", e.action())
                .bind("story", e.storyId()).bind("version", e.version()).bind("detail", e.detail()).execute();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("name"), Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                rs.getInt("must_change") == 1, rs.getString("token_hash") != null, Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private <T> T read(String what, HandleCallback<T, RuntimeException> callback) {
        return StoreCalls.read(jdbi, what, callback);
    }

    private <T> T write(String what, HandleCallback<T, RuntimeException> callback) {
        return StoreCalls.write(jdbi, what, callback);
    }
}
