package dateline.web;

/** A route that needs staff was asked for without a session or token: pages go to /login, the API answers 401. */
final class SignInRequired extends RuntimeException {
    SignInRequired(String message) { super(message); }
}
