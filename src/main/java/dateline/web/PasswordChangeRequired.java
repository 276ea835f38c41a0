package dateline.web;

/** Signed in with a one-time password: pages go to /password, the API answers 403. */
final class PasswordChangeRequired extends RuntimeException {
    PasswordChangeRequired() { super("password: change your one-time password first, at /password"); }
}
