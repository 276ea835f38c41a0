package dateline.auth;

/** No valid session or token, or a wrong name or password: 401. The message never says which part was wrong. */
public final class NotSignedIn extends RuntimeException {
    public NotSignedIn(String message) { super(message); }
}
