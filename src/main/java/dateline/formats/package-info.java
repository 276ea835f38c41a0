/**
 * Stories in the formats the world reads them in: IPTC ninjs 3.1 and 2.2 and NewsML-G2 2.35
 * for wire clients, Dateline's own JSON for everything those have no place for, and schema.org
 * NewsArticle JSON-LD for search engines. Writers only take a {@link dateline.story.Story} and
 * the links to it. {@link dateline.formats.StoryFormat} names the formats a client can ask for
 * and {@link dateline.formats.StoryFormats} is the one place that picks a writer for one.
 */
package dateline.formats;
