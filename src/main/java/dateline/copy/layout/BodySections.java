package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import java.util.List;

/**
 * Sorts the body's blocks into paragraphs and the subheadings that open its sections, and
 * the tags and links a scrape kept after the story into furniture. Runs once the head is read:
 * the first block it is given is the story's first paragraph.
 */
final class BodySections {
    /** An explainer's prompt is one short line; the section under it runs long; three make the pattern. */
    private static final int MAX_PROMPT_WORDS = 20;
    private static final int MIN_SECTION_WORDS = 40;
    private static final int MIN_PROMPTS = 3;

    private final List<String> texts;
    private final Piece.Role[] roles;

    private BodySections(List<String> texts) {
        this.texts = texts;
        this.roles = new Piece.Role[texts.size()];
    }

    /** The role of each body block, in order: paragraph, subheading or boilerplate. */
    static Piece.Role[] roles(List<String> body) {
        BodySections sections = new BodySections(body);
        sections.sort();
        return sections.roles;
    }

    /**
     * The first body block is a paragraph; short unpunctuated lines after it head sections,
     * except at the very end, where no section follows: there they are tags, sources and
     * links the scrape kept ("Source: Xinhua", "More from the region"), so furniture; and
     * except in a run, where they are the items of a list.
     */
    private void sort() {
        int last = texts.size() - 1;
        while (last > 0 && BlockShape.looksLikeSubheading(texts.get(last))) roles[last--] = Piece.Role.BOILERPLATE;
        int k = 0;
        while (k <= last) {
            int run = k;
            while (run > 0 && run < last && isHeadingShaped(texts.get(run))) run++;
            if (run == k) {
                roles[k++] = Piece.Role.PARAGRAPH;
                continue;
            }
            boolean headings = run - k == 1 || isHeadingPair(k, run);
            for (; k < run; k++) roles[k] = headings || BlockShape.isAllCaps(texts.get(k)) ? Piece.Role.SUBHEADING : Piece.Role.PARAGRAPH;
        }
        if (isPromptedBody(last)) {
            for (int p = 1; p < last; p += 2) roles[p] = Piece.Role.SUBHEADING;
        }
    }

    /**
     * An explainer or interview set as prompts: after the first paragraph, every other block is
     * one short sentence or question ("Where did she live?", "But that did not last.") and each
     * is followed by a long paragraph of several sentences, to the end. Such lines head the
     * sections, whatever their punctuation; plain news never alternates so strictly.
     */
    private boolean isPromptedBody(int last) {
        int prompts = 0;
        for (int p = 1; p <= last; p += 2) {
            if (p + 1 > last || !isPrompt(texts.get(p)) || !isLongParagraph(texts.get(p + 1))) return false;
            prompts++;
        }
        return prompts >= MIN_PROMPTS && isLongParagraph(texts.get(0)) && last % 2 == 0;
    }

    private static boolean isPrompt(String text) {
        return Whitespace.countWords(text, MAX_PROMPT_WORDS + 1) <= MAX_PROMPT_WORDS && !BlockShape.hasSentenceBreak(text)
                && Character.isUpperCase(text.charAt(0));
    }

    private static boolean isLongParagraph(String text) {
        return Whitespace.countWords(text, MIN_SECTION_WORDS) >= MIN_SECTION_WORDS && BlockShape.endsSentence(text);
    }

    /**
     * A short line without closing punctuation, but not one that sets an aside between commas
     * ("Similar violence, also blamed on the rebels, 12 dead on Friday"): headings name a
     * topic, and such a line is a sentence that lost its verb or its full stop.
     */
    private static boolean isHeadingShaped(String text) {
        return BlockShape.looksLikeSubheading(text) && (BlockShape.isAllCaps(text) || text.indexOf(',', text.indexOf(',') + 1) < 0);
    }

    /**
     * Two short lines over a paragraph are a section's heading and its first sub-heading
     * ("Friday's storms", then "Zone 1 — Corn Belt"), unless a colon above announces them as a
     * list; three or more are a list, unless in capitals: sections don't stack that deep.
     */
    private boolean isHeadingPair(int start, int end) {
        return end - start == 2 && !Whitespace.trim(texts.get(start - 1)).endsWith(":");
    }
}
