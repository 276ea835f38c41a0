package dateline.web.pages;

import java.util.List;

/**
 * A person's, place's or organisation's page: the stories about it, newest first, and for a
 * person "What they said", each quote with its story and date, newest first.
 */
public record EntityView(PageMeta meta, String kind, String name, String searchUrl, long total, List<Story> stories, String earlierUrl,
                         boolean person, List<Said> said, String earlierSaidUrl) {

    public record Story(String url, String headline, String standfirst, TimeView updated) {}

    public record Said(String text, String storyUrl, String headline, TimeView updated) {}
}
