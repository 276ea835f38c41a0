package dateline.copy.names;

import java.util.List;

/**
 * The forms of state that open a country's full name ("Democratic Republic of Congo", "Kingdom
 * of Saudi Arabia"): what follows is the short name copy uses for it elsewhere in the story.
 */
final class StateForms {
    private static final List<String> FORMS = List.of("Republic of ", "Kingdom of ", "Sultanate of ", "Principality of ", "Emirate of ");

    private StateForms() {}

    /** "Congo" for "Democratic Republic of the Congo"; null for a name with no such form. */
    static String shortName(String fullName) {
        for (String form : FORMS) {
            int at = fullName.indexOf(form);
            if (at < 0) continue;
            String rest = fullName.substring(at + form.length());
            if (rest.startsWith("the ")) rest = rest.substring(4);
            return rest.isEmpty() ? null : rest;
        }
        return null;
    }
}
