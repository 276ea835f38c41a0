package dateline.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Staff accounts: adding users with one-time passwords, logging in and out, changing passwords,
 * API tokens, and the audit of all of it. Use this, never the store, from commands and the web.
 */
public final class Accounts {
    public static final String FIRST_ADMIN = "admin";
    private static final String NAME_RULE = "[a-z][a-z0-9._-]{0,63}";
    private final AccountStore store;
    private final Clock clock;
    private final Passwords passwords;
    private final Duration sessionLife;
    private final LoginThrottle throttle;

    /**
     * @param bcryptCost  bcrypt's work factor (12 in service)
     * @param sessionLife how long a login lasts; the browser must log in again after
     */
    public Accounts(AccountStore store, Clock clock, int bcryptCost, Duration sessionLife) {
        this.store = store;
        this.clock = clock;
        this.passwords = new Passwords(bcryptCost);
        this.sessionLife = sessionLife;
        this.throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 5, 20);
    }

    /** A new user with a one-time password they must change at first login. */
    public NewUser addUser(String name, Role role, String actor) {
        checkName(name);
        String password = Secrets.password();
        User user = new User(name, role, true, false, now());
        if (!store.addUser(user, passwords.hash(password), audit(actor, "user-added", name + " as " + role.wireName()))) {
            throw new BadAccountInput("name: a user called " + name + " already exists");
        }
        return new NewUser(user, password);
    }

    /** On a store with no users, makes {@value #FIRST_ADMIN} and returns it with its one-time password; else empty. */
    public Optional<NewUser> addFirstAdmin() {
        if (!store.users().isEmpty()) return Optional.empty();
        String password = Secrets.password();
        User user = new User(FIRST_ADMIN, Role.ADMIN, true, false, now());
        boolean added = store.addFirstUser(user, passwords.hash(password), audit("system", "user-added", FIRST_ADMIN + " as admin (first start)"));
        return added ? Optional.of(new NewUser(user, password)) : Optional.empty();
    }

    /** A new one-time password for a user who forgot theirs; their sessions end. */
    public NewUser resetPassword(String name, String actor) {
        String password = Secrets.password();
        if (!store.setPassword(name, passwords.hash(password), true, null, audit(actor, "password-reset", name))) {
            throw new BadAccountInput("name: no user called " + name);
        }
        return new NewUser(user(name), password);
    }

    /** Checks a password and starts a session; throttled per account and per address. */
    public Session login(String name, String password, String address) {
        String account = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        throttle.check(account, address);
        Optional<AccountStore.Credentials> found = store.credentials(account);
        String hash = found.map(AccountStore.Credentials::passwordHash).orElse(passwords.decoy());
        boolean good = password != null && passwords.matches(password, hash) && found.isPresent();
        if (!good) {
            throttle.failed(account, address);
            // The name is whatever was typed: kept short enough for the log's column, never trusted.
            String who = account.isEmpty() ? "?" : account.length() > 64 ? account.substring(0, 63) + "…" : account;
            store.audit(new AuditEntry(now(), who, "login-failed", null, null, "from " + address));
            throw new NotSignedIn("wrong name or password");
        }
        throttle.succeeded(account);
        return startSession(found.get().user(), "login", "from " + address);
    }

    /** Sets a password the user chose, ending their other sessions; the current one goes on. */
    public Session changePassword(Session session, String current, String chosen) {
        AccountStore.Credentials credentials = store.credentials(session.user().name())
                .orElseThrow(() -> new NotSignedIn("no such user"));
        if (current == null || !passwords.matches(current, credentials.passwordHash())) {
            throw new BadAccountInput("current: not your current password");
        }
        Passwords.checkChosen(chosen, session.user().name());
        if (chosen.equals(current)) throw new BadAccountInput("password: must differ from the current one");
        store.setPassword(session.user().name(), passwords.hash(chosen), false, Secrets.digest(session.secret()),
                audit(session.user().name(), "password-changed", null));
        return new Session(session.secret(), user(session.user().name()), session.csrf(), session.expiresAt());
    }

    /** The session a browser's cookie holds, when it is valid now. */
    public Optional<Session> session(String secret) {
        if (secret == null || secret.isBlank()) return Optional.empty();
        return store.session(Secrets.digest(secret), now())
                .map(s -> new Session(secret, s.user(), s.csrf(), s.expiresAt()));
    }

    public void logout(Session session) {
        store.endSession(Secrets.digest(session.secret()), audit(session.user().name(), "logout", null));
    }

    /** A new personal API token for {@code name}, replacing any earlier one; only its digest is kept. */
    public String issueToken(String name, String actor) {
        String token = "dtl_" + Secrets.token();
        if (!store.setToken(name, Secrets.digest(token), audit(actor, "token-issued", name))) {
            throw new BadAccountInput("name: no user called " + name);
        }
        return token;
    }

    /** Revokes the user's API token at once. */
    public void revokeToken(String name, String actor) {
        if (!store.setToken(name, null, audit(actor, "token-revoked", name))) {
            throw new BadAccountInput("name: no user called " + name);
        }
    }

    /** The user an {@code Authorization: Bearer} token belongs to, if it is current. */
    public Optional<User> userByToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return store.userByToken(Secrets.digest(token.strip()));
    }

    /** Whether {@code given} is the session's CSRF token. */
    public static boolean csrfMatches(Session session, String given) {
        return Secrets.same(session.csrf(), given);
    }

    /** A random token for a form shown before any session exists (the login form). */
    public static String formToken() { return Secrets.token(); }

    /** Compares secrets in time independent of where they differ. */
    public static boolean sameSecret(String a, String b) { return Secrets.same(a, b); }

    public List<User> users() { return store.users(); }

    public List<AuditEntry> auditLog(int limit) { return store.auditLog(limit); }

    private User user(String name) {
        return store.credentials(name).map(AccountStore.Credentials::user)
                .orElseThrow(() -> new BadAccountInput("name: no user called " + name));
    }

    private Session startSession(User user, String action, String detail) {
        String secret = Secrets.token();
        String csrf = Secrets.token();
        Instant now = now();
        Instant expires = now.plus(sessionLife);
        store.addSession(Secrets.digest(secret), user.name(), csrf, now, expires, audit(user.name(), action, detail));
        return new Session(secret, user, csrf, expires);
    }

    private static void checkName(String name) {
        if (name == null || !name.matches(NAME_RULE)) {
            throw new BadAccountInput("name: a lower-case letter, then up to 63 lower-case letters, digits, . _ or -; got " + name);
        }
    }

    private AuditEntry audit(String actor, String action, String detail) {
        return new AuditEntry(now(), actor, action, null, null, detail);
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MILLIS); }
}
