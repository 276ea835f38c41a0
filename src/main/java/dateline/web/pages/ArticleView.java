package dateline.web.pages;

import java.util.List;

/**
 * An article page. {@code published} is null when the story was never updated, so the page
 * shows one time, not the same one twice.
 */
public record ArticleView(PageMeta meta, String section, String headline, String standfirst,
                          TimeView updated, TimeView published, List<BlockView> blocks,
                          List<Tag> tags, int version, String historyUrl, String byline, List<Correction> corrections,
                          List<Related> related) {

    /** A correction's note, as the editor wrote it, and when it was published. */
    public record Correction(TimeView time, String note) {}

    /** A paragraph or subheading; the first paragraph carries its dateline apart, to set it off. */
    public record BlockView(boolean subheading, String dateline, String text) {}

    /** A person, place or organisation the story is about, linking to its page. */
    public record Tag(String kind, String name, String url) {}

    /** A story like this one (up to five, never itself or a withdrawn one). */
    public record Related(String url, String headline, TimeView updated) {}
}
