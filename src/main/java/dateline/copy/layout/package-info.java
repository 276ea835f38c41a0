/**
 * The page: cuts copy into blocks, drops page chrome and agencies' furniture (from data:
 * {@code furniture-lines.txt}, which also names the sites whose names page titles glue to the
 * headline and the phrases of photo captions), reads the dateline, and decides which block is
 * the headline, the standfirst, a subheading or a body paragraph. Entry:
 * {@link dateline.copy.layout.BlockSplitter} then {@link dateline.copy.layout.StoryLayout}.
 */
package dateline.copy.layout;
