package dateline.config;

import java.util.List;

/** Every problem found in the settings, so an operator fixes them in one go. */
public final class InvalidSettings extends RuntimeException {
    private final List<String> problems;

    public InvalidSettings(List<String> problems) {
        super("invalid settings:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
