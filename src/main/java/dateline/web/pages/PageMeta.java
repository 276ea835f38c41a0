package dateline.web.pages;

import java.util.List;

/** What the layout needs of any page: its title, description, canonical link and navigation. */
public record PageMeta(String siteName, String title, String description, String canonical,
                       String jsonLdScriptSafe, String language, List<String> sections) {}
