package dateline.web.newsroom;

import dateline.story.EditorFields;
import dateline.story.InvalidInput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The editor form's fields read from a request, and written back into the form. */
final class EditorForm {
    private EditorForm() {}

    /** The fields as sent; a field the request lacks is empty, as an empty input would send it. */
    static EditorView.Fields read(Context ctx) {
        return new EditorView.Fields(param(ctx, "headline"), param(ctx, "standfirst"), param(ctx, "place"),
                param(ctx, "section"), param(ctx, "body"), param(ctx, "byline"), param(ctx, "slugline"), param(ctx, "urgency"));
    }

    private static String param(Context ctx, String name) {
        return text(ctx.formParam(name));
    }

    static EditorView.Fields of(EditorFields f) {
        return new EditorView.Fields(text(f.headline()), text(f.standfirst()), text(f.place()), text(f.section()),
                text(f.body()), text(f.byline()), text(f.slugline()), f.urgency() == null ? "" : f.urgency().toString());
    }

    static EditorView.Fields empty() {
        return new EditorView.Fields("", "", "", "", "", "", "", "");
    }

    /** The domain's fields; {@link InvalidInput} naming urgency when it is not a number. */
    static EditorFields fields(EditorView.Fields f) {
        Integer urgency = null;
        if (f.urgency() != null && !f.urgency().isBlank()) {
            try {
                urgency = Integer.parseInt(f.urgency().strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("urgency: from 1 (flash) to 8, got " + f.urgency());
            }
        }
        return new EditorFields(f.headline(), f.standfirst(), f.place(), f.section(), f.body(), f.byline(), f.slugline(), urgency);
    }

    /** A message per field; problems naming no field of the form go under "form". */
    static Map<String, String> problems(InvalidInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (String problem : e.problems()) {
            int colon = problem.indexOf(": ");
            String field = colon > 0 ? problem.substring(0, colon) : "form";
            if (!EditorFields.NAMES.contains(field) && !field.equals("note") && !field.equals("copy")) field = "form";
            byField.merge(field, colon > 0 && !field.equals("form") ? problem.substring(colon + 2) : problem, (a, b) -> a + "; " + b);
        }
        return byField;
    }

    /** Version from a hidden field: the version the editor's form was filled from. */
    static int version(Context ctx) {
        try {
            return Integer.parseInt(ctx.formParam("version"));
        } catch (NumberFormatException e) {
            throw new InvalidInput("version: missing from the form; reload the page");
        }
    }

    private static String text(String value) { return value == null ? "" : value; }
}
