package dateline.story;

import java.util.List;

/**
 * Input that breaks a rule of the domain; the message says which, in words a user can act on.
 * Each problem starts with the field it is about ({@code "headline: required"}), so a form can
 * show it next to that field and an API client can tell which one to fix.
 */
public final class InvalidInput extends RuntimeException {
    private final List<String> problems;

    public InvalidInput(String message) {
        this(List.of(message));
    }

    public InvalidInput(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every broken rule, each "field: what is wrong". */
    public List<String> problems() { return problems; }

    /** The problem about {@code field}, without the field's name; null when that field is fine. */
    public String about(String field) {
        for (String p : problems) if (p.startsWith(field + ": ")) return p.substring(field.length() + 2);
        return null;
    }
}
