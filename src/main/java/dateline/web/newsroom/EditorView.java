package dateline.web.newsroom;

import java.util.List;
import java.util.Map;

/**
 * The editor form: a new story (with the box to paste wire copy), an edit, or a correction
 * (with its note). {@code problems} holds a message per field name, shown next to the field.
 */
public record EditorView(DeskMeta meta, String heading, String action, String mode, int version, Fields fields,
                         String note, String copy, Map<String, String> problems, String formError, List<String> sections,
                         String cancelUrl) {

    /** The form's values as text, exactly as they will be sent back. */
    public record Fields(String headline, String standfirst, String place, String section, String body,
                         String byline, String slugline, String urgency) {}

    public String problem(String field) { return problems.get(field); }

    public boolean isNew() { return mode.equals("new"); }

    public boolean isCorrection() { return mode.equals("correct"); }

    /** The aria-describedby of a field: its error message, when it has one. */
    public String describedBy(String field) { return problems.containsKey(field) ? field + "-error" : null; }
}
