/**
 * Understanding raw wire copy: turns the text of a story, as an agency or a scraper left it,
 * into its structure (headline, standfirst, dateline, paragraphs and subheadings), the direct
 * quotes with their speakers, and the people, places and organisations it is about.
 *
 * <p>Pure functions: no I/O, no shared mutable state; of Dateline it knows only the domain's
 * records in {@code story}, which it produces. Callers hand
 * in text (or bytes through {@link dateline.copy.CopyText}) and get a {@link dateline.copy.ParsedCopy}
 * back, or a {@link dateline.copy.CopyRejected} that says what is wrong and where.
 */
package dateline.copy;
