package dateline.cli;

/** A command was given something it cannot work with; the message says what. Exit code 2. */
public final class UsageProblem extends RuntimeException {
    public UsageProblem(String message) { super(message); }
}
