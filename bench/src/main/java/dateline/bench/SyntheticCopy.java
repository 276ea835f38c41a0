package dateline.bench;

import java.util.Random;

/**
 * Wire copy written by a seeded random generator, in the form of the project's seed (a scraped
 * agency page as text): chrome lines now and then, headline, standfirst, a dateline in one of
 * several agencies' styles, paragraphs with quotes and attributions, and subheadings in longer
 * stories. Names and places are invented or generic, so nothing is anyone's text.
 */
public final class SyntheticCopy {
    private static final String[] PLACES = {"OSLO", "BERGEN", "TROMSØ", "GENEVA", "NAIROBI", "LIMA", "HANOI",
        "OTTAWA", "CANBERRA", "DAKAR", "QUITO", "RIGA", "TALLINN", "ACCRA", "MONTEVIDEO"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SECTIONS = {"world", "politics", "business", "science", "sports", "culture"};
    private static final String[] FIRST = {"Ingrid", "Tomas", "Amara", "Lucía", "Kenji", "Oksana", "Rafael", "Mira"};
    private static final String[] LAST = {"Solberg", "Varga", "Okafor", "Mendes", "Takeda", "Kowal", "Dahl", "Ruiz"};
    private static final String[] ROLES = {"the minister", "the spokeswoman", "the mayor", "the director", "the envoy"};
    private static final String[] VERBS = {"said", "told reporters", "noted", "added", "stressed"};
    private static final String[] SUBJECTS = {"port authority", "central bank", "health ministry", "rail operator",
        "university", "city council", "weather service", "energy regulator"};
    private static final String[] ACTIONS = {"approved a new plan", "delayed the decision", "opened an inquiry",
        "raised its forecast", "reached an agreement", "warned of further disruption"};
    private static final String SENTENCE = "Officials said the measures would take effect within weeks and would be "
            + "reviewed at the end of the year, after consultations with regional authorities and industry groups.";

    private final Random random;

    public SyntheticCopy(long seed) { this.random = new Random(seed); }

    /** A story of 3 to 24 paragraphs; {@code n} varies the headline so no two are alike. */
    public Story next(int n) {
        String subject = pick(SUBJECTS);
        String place = pick(PLACES);
        String person = pick(FIRST) + " " + pick(LAST);
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) text.append("All news\nUpdated at:\u00a0\n\n");
        text.append(capitalise(subject)).append(' ').append(pick(ACTIONS)).append(", report ").append(n).append("\n\n");
        text.append(person).append(" said the ").append(subject).append(" expects results by the end of the month\n\n");
        text.append(dateline(place)).append(" The ").append(subject).append(" in ").append(capitalise(place.toLowerCase()))
                .append(' ').append(pick(ACTIONS)).append(" on Tuesday, ").append(person).append(" told reporters.\n\n");
        int paragraphs = 3 + random.nextInt(22);
        for (int p = 1; p < paragraphs; p++) {
            if (paragraphs > 10 && p == paragraphs / 2) text.append("What happens next\n\n");
            text.append(paragraph(person)).append("\n\n");
        }
        return new Story(pick(SECTIONS), text.toString().strip() + "\n");
    }

    /** One generated story and the section it belongs to. */
    public record Story(String section, String text) {}

    private String paragraph(String person) {
        return switch (random.nextInt(4)) {
            case 0 -> "\"We are ready to act, and we will act quickly if the numbers do not improve,\" "
                    + person.substring(person.indexOf(' ') + 1) + " " + pick(VERBS) + ".";
            case 1 -> "\"" + SENTENCE + "\" " + pick(ROLES) + " " + pick(VERBS) + ".";
            case 2 -> SENTENCE + " " + SENTENCE.substring(0, 40 + random.nextInt(60)) + ".";
            default -> SENTENCE;
        };
    }

    private String dateline(String place) {
        String date = pick(MONTHS) + " " + (1 + random.nextInt(28));
        return switch (random.nextInt(4)) {
            case 0 -> place + ", " + date + ". /TASS/.";
            case 1 -> place + " (Reuters) -";
            case 2 -> place + " (AP) —";
            default -> place + ", " + date.substring(0, 3) + ". " + date.substring(date.indexOf(' ') + 1) + " (Xinhua) --";
        };
    }

    private String pick(String[] values) { return values[random.nextInt(values.length)]; }

    private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
