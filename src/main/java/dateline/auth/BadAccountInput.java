package dateline.auth;

/** A name, role or password that breaks a rule; the message starts with the field. */
public final class BadAccountInput extends RuntimeException {
    public BadAccountInput(String message) { super(message); }
}
