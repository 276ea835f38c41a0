/**
 * What the copy parser knows before it reads a story: the word lists bundled under
 * {@code dateline/copy/} in the resources (places, organisations, given names, titles, reporting
 * verbs, common words, head words), each with a header line saying where it came from, and the
 * entities the archive has confirmed. Adding a title or an organisation is a change to a list,
 * not to code.
 */
package dateline.copy.lexicon;
