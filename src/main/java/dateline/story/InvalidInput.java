package dateline.story;

/** Input that breaks a rule of the domain; the message says which, in words a user can act on. */
public final class InvalidInput extends RuntimeException {
    public InvalidInput(String message) { super(message); }
}
