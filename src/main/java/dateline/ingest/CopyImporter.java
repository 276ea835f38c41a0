package dateline.ingest;

import dateline.copy.CopyParser;
import dateline.copy.CopyRejected;
import dateline.copy.CopyText;
import dateline.copy.ParsedCopy;
import dateline.story.EditorFields;
import dateline.story.Filing;
import dateline.story.InvalidInput;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import java.time.LocalDate;

/**
 * Turns one piece of raw wire copy into a filing: decodes and checks the bytes, structures
 * the text with the copy parser, and checks the result against the story rules, so that a
 * filing it returns can be stored as it is.
 */
public final class CopyImporter {
    private final CopyParser parser;
    private final StoryService stories;

    public CopyImporter(CopyParser parser, StoryService stories) {
        this.parser = parser;
        this.stories = stories;
    }

    /**
     * @param sourceName where the copy came from (a file's name as {@link CopyFiles} gives it),
     *                   which identifies its story
     * @param id         the story id to file under, or null to go by {@code sourceName}
     * @param reference  the day the copy was filed, to resolve a dateline's "September 12"
     * @throws CopyRejected when the bytes are not copy or have no headline
     * @throws InvalidInput when the structured story breaks a rule
     */
    public Filing filing(String sourceName, byte[] bytes, String id, String section, LocalDate reference) {
        ParsedCopy parsed = parser.parse(CopyText.decode(bytes), reference);
        if (parsed.headline() == null) throw new CopyRejected("no recognisable headline", 1);
        StoryContent content = parsed.content(section, "en");
        stories.check(content);
        return new Filing(id, id == null ? sourceKey(sourceName) : null, content);
    }

    /** The source a file's stories are known by: its name (see {@link CopyFiles}). */
    static String sourceKey(String sourceName) {
        return "file:" + sourceName;
    }

    /**
     * The newsroom editor's fields for pasted wire copy, for a person to review before filing:
     * what the parser found, with the copy's own dateline reduced to its place.
     *
     * @throws InvalidInput naming the field {@code copy} when the text is not copy
     */
    public EditorFields fields(String text, LocalDate reference) {
        try {
            ParsedCopy parsed = parser.parse(CopyText.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), reference);
            if (parsed.headline() == null) throw new CopyRejected("no recognisable headline", 1);
            return EditorFields.of(parsed.content(null, "en"));
        } catch (CopyRejected e) {
            throw new InvalidInput("copy: " + e.getMessage() + (e.line() > 0 ? " (line " + e.line() + ")" : ""));
        }
    }
}
