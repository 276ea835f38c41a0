package dateline.story;

/**
 * A direct quotation in the body and who said it.
 *
 * @param text          the quoted words without the marks; a quote running over several
 *                      paragraphs is one quote whose text joins them with a blank line
 * @param speaker       the speaker's canonical name as resolved from the whole story, or null
 *                      when it cannot be resolved (never a guess)
 * @param speakerInText the attributing words as printed ({@code the diplomat said}), or null
 * @param block         index into the story's blocks of the block where the quote opens
 * @param start         offset of the first quoted character in that block's text
 */
public record Quote(String text, String speaker, String speakerInText, int block, int start) {}
