/**
 * Feeds for readers, made from the All news list: RSS 2.0 and Atom 1.0 (written with Rome),
 * JSON Feed 1.1, and a Google News sitemap of the last two days. {@link dateline.feed.ReaderFeeds}
 * is the entry: it checks what a reader asked for, gathers the stories (public ones only, as
 * the All news page lists them) into a {@link dateline.feed.NewsFeed}, and writes it in a
 * {@link dateline.feed.FeedFormat}. An entry's id is the story's URI, never its URL, so an
 * edited headline (which changes the slug) is never a new entry in a reader's list.
 */
package dateline.feed;
