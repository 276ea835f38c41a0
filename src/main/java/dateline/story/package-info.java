/**
 * The domain: a story, its immutable revisions, and the change log every write appends to.
 * {@link dateline.story.StoryService} is the only way to write; it checks input, then hands
 * one transaction to the {@link dateline.story.StoryStore} (implemented in {@code store}).
 * The structure of a story (its {@link dateline.story.Block}s, {@link dateline.story.DatelineInfo},
 * {@link dateline.story.Quote}s and {@link dateline.story.Entity Entities}) is the domain's own:
 * the copy parser produces these records, the store, formats and pages read them.
 */
package dateline.story;
