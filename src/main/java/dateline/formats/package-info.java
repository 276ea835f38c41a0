/**
 * Stories in the formats the world reads them in: IPTC ninjs 3.1 for wire clients, Dateline's
 * own JSON for everything ninjs has no place for, and schema.org NewsArticle JSON-LD for
 * search engines. Writers only take a {@link dateline.story.Story} and the links to it.
 */
package dateline.formats;
