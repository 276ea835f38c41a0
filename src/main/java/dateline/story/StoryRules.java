package dateline.story;

import java.util.ArrayList;
import java.util.List;

/** What a story must be before it is stored; every broken rule is reported at once. */
final class StoryRules {
    static final int MAX_HEADLINE = 300;
    static final int MAX_STANDFIRST = 1_000;
    static final int MAX_BLOCKS = 2_000;
    static final int MAX_BYLINE = 200;
    static final int MAX_SLUGLINE = 64;

    private StoryRules() {}

    static void check(StoryContent content) {
        List<String> problems = new ArrayList<>();
        if (content.headline() == null || content.headline().isBlank()) {
            problems.add("headline: required");
        } else if (content.headline().length() > MAX_HEADLINE) {
            problems.add("headline: at most " + MAX_HEADLINE + " characters, got " + content.headline().length());
        }
        if (content.standfirst() != null && content.standfirst().length() > MAX_STANDFIRST) {
            problems.add("standfirst: at most " + MAX_STANDFIRST + " characters");
        }
        if (content.blocks().stream().noneMatch(Block::isParagraph)) problems.add("body: at least one paragraph");
        if (content.blocks().size() > MAX_BLOCKS) problems.add("body: at most " + MAX_BLOCKS + " blocks");
        if (content.blocks().stream().anyMatch(b -> b.text() == null || b.text().isBlank())) {
            problems.add("body: empty paragraph or subheading");
        }
        if (content.section() != null && !content.section().matches("[a-z0-9-]{1,40}")) {
            problems.add("section: lower-case letters, digits and hyphens, got " + content.section());
        }
        if (content.language() == null || !content.language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            problems.add("language: a language tag such as en or en-GB, got " + content.language());
        }
        if (content.byline() != null && content.byline().length() > MAX_BYLINE) {
            problems.add("byline: at most " + MAX_BYLINE + " characters");
        }
        if (content.slugline() != null && !content.slugline().matches("[\\p{L}\\p{N} ._/-]{1," + MAX_SLUGLINE + "}")) {
            problems.add("slugline: up to " + MAX_SLUGLINE + " letters, digits, spaces and . _ / -");
        }
        if (content.urgency() != null && (content.urgency() < 1 || content.urgency() > 8)) {
            problems.add("urgency: from 1 (flash) to 8, got " + content.urgency());
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
    }
}
