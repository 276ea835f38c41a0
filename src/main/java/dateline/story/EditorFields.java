package dateline.story;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A story as the newsroom edits it: plain fields, the body as plain text. Paragraphs are
 * separated by blank lines and a line starting {@code "## "} is a subheading; nothing in any
 * field is ever read as markup. The dateline is built from {@code place}, the filing date and
 * the agency, as agencies do ({@code OSLO, March 3. /DTL/.}), and opens the first paragraph.
 */
public record EditorFields(String headline, String standfirst, String place, String section, String body,
                           String byline, String slugline, Integer urgency) {
    static final int MAX_PLACE = 100;
    static final int MAX_BODY = 200_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    /** The field names, in form order: the API's JSON names them the same. */
    public static final List<String> NAMES = List.of("headline", "standfirst", "place", "section", "body",
            "byline", "slugline", "urgency");

    public EditorFields {
        headline = clean(headline);
        standfirst = clean(standfirst);
        place = clean(place);
        section = clean(section);
        body = body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n').strip();
        byline = clean(byline);
        slugline = clean(slugline);
    }

    /** Empty fields are absent; a line break in a one-line field (pasted) becomes a space. */
    private static String clean(String value) {
        if (value == null) return null;
        String one = value.replaceAll("\\s+", " ").strip();
        return one.isEmpty() ? null : one;
    }

    /** The fields of stored content; the inverse of {@link #content}. */
    public static EditorFields of(StoryContent content) {
        DatelineInfo dateline = content.dateline();
        List<String> parts = new ArrayList<>();
        boolean first = true;
        for (Block block : content.blocks()) {
            String text = block.text();
            if (!block.isParagraph()) {
                parts.add("## " + text);
                continue;
            }
            if (first && dateline != null && text.startsWith(dateline.written())) {
                text = text.substring(dateline.written().length()).strip();
            }
            first = false;
            parts.add(text);
        }
        return new EditorFields(content.headline(), content.standfirst(), dateline == null ? null : dateline.place(),
                content.section(), String.join("\n\n", parts), content.byline(), content.slugline(), content.urgency());
    }

    /** Problems the story rules cannot see (they check the content these fields make). */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (place == null) problems.add("place: required (the dateline's place, such as OSLO)");
        else if (place.length() > MAX_PLACE) problems.add("place: at most " + MAX_PLACE + " characters");
        if (section == null) problems.add("section: required, one of " + String.join(", ", Sections.known()));
        else if (!Sections.known().contains(section)) {
            problems.add("section: unknown section " + section + "; one of " + String.join(", ", Sections.known()));
        }
        if (body != null && body.length() > MAX_BODY) problems.add("body: at most " + MAX_BODY + " characters");
        return problems;
    }

    /**
     * The content these fields make, dated {@code date} by {@code agency}. Quotes and entities
     * are left empty: they are what the copy parser finds, not what an editor types.
     */
    StoryContent content(LocalDate date, String agency) {
        DatelineInfo dateline = place == null ? null : new DatelineInfo(
                place.toUpperCase(Locale.ROOT) + ", " + DAY.format(date) + ". /" + agency + "/.",
                place, DAY.format(date), date, agency);
        return new StoryContent(headline, standfirst, dateline, blocks(dateline), List.of(), List.of(), List.of(),
                List.of(), section, "en", byline, slugline, urgency);
    }

    private List<Block> blocks(DatelineInfo dateline) {
        List<Block> blocks = new ArrayList<>();
        if (body == null) return blocks;
        StringBuilder paragraph = new StringBuilder();
        for (String line : (body + "\n").split("\n", -1)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("## ")) {
                addParagraph(blocks, paragraph, dateline);
                if (!text.isEmpty()) blocks.add(Block.subheading(text.substring(3).strip()));
            } else {
                if (paragraph.length() > 0) paragraph.append(' ');
                paragraph.append(text.replaceAll("\\s+", " "));
            }
        }
        return blocks;
    }

    private static void addParagraph(List<Block> blocks, StringBuilder paragraph, DatelineInfo dateline) {
        if (paragraph.length() == 0) return;
        boolean first = dateline != null && blocks.stream().noneMatch(Block::isParagraph);
        blocks.add(Block.paragraph(first ? dateline.written() + " " + paragraph : paragraph.toString()));
        paragraph.setLength(0);
    }

    /** The names of the fields that differ from {@code other}'s. */
    public List<String> differences(EditorFields other) {
        List<String> changed = new ArrayList<>();
        Object[] mine = values();
        Object[] theirs = other.values();
        for (int i = 0; i < mine.length; i++) {
            if (!java.util.Objects.equals(mine[i], theirs[i])) changed.add(NAMES.get(i));
        }
        return changed;
    }

    private Object[] values() {
        return new Object[] {headline, standfirst, place, section, body, byline, slugline, urgency};
    }
}
