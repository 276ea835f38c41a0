/**
 * The domain: a story, its immutable revisions, and the change log every write appends to.
 * {@link dateline.story.StoryService} is the only way to write; it checks input, then hands
 * one transaction to the {@link dateline.story.StoryStore} (implemented in {@code store}).
 * The structure of a story (blocks, dateline, quotes, entities) reuses the records of
 * {@code copy}, which is where that structure is understood.
 */
package dateline.story;
