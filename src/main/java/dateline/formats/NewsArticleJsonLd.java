package dateline.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.Story;

/** schema.org NewsArticle for an article page, so search engines read its times and place right. */
public final class NewsArticleJsonLd {
    private final StoryLinks links;
    private final String publisher;

    public NewsArticleJsonLd(StoryLinks links, String publisher) {
        this.links = links;
        this.publisher = publisher;
    }

    /** The JSON-LD text, safe to put inside a script element as it is. */
    public String scriptSafe(Story story) {
        ObjectNode ld = Json.object();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("@id", links.uri(story));
        ld.put("url", links.page(story.id(), story.slug()));
        ld.put("headline", story.content().headline());
        if (story.content().standfirst() != null) ld.put("description", story.content().standfirst());
        ld.put("datePublished", story.firstCreated().toString());
        ld.put("dateModified", story.versionCreated().toString());
        ld.put("inLanguage", story.content().language());
        if (story.content().dateline() != null) {
            ld.putObject("locationCreated").put("@type", "Place").put("name", story.content().dateline().place());
        }
        if (story.content().section() != null) ld.put("articleSection", story.content().section());
        ld.putObject("publisher").put("@type", "Organization").put("name", publisher);
        var about = ld.putArray("about");
        story.content().people().forEach(p -> about.addObject().put("@type", "Person").put("name", p.name()));
        story.content().places().forEach(p -> about.addObject().put("@type", "Place").put("name", p.name()));
        story.content().organizations().forEach(o -> about.addObject().put("@type", "Organization").put("name", o.name()));
        return Json.writeScriptSafe(ld);
    }
}
