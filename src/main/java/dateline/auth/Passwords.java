package dateline.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashes of passwords, and the rules a chosen password must meet. */
final class Passwords {
    static final int MIN_LENGTH = 12;
    // bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused.
    static final int MAX_BYTES = 72;
    private final int cost;
    private final String decoy;

    /** @param cost bcrypt's work factor: 12 in service (about a quarter second), lower in tests */
    Passwords(int cost) {
        this.cost = cost;
        this.decoy = hash(Secrets.token());
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** A hash that matches nothing, checked when the user does not exist so that both take as long. */
    String decoy() { return decoy; }

    static void checkChosen(String password, String name) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BadAccountInput("password: at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BadAccountInput("password: at most " + MAX_BYTES + " bytes");
        }
        if (password.equalsIgnoreCase(name)) throw new BadAccountInput("password: must not be the user name");
    }
}
