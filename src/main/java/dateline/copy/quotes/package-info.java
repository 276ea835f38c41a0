/**
 * Who said what: the direct quotes of a story's body, told from scare quotes, with the words
 * that attribute them and the speaker they resolve to (a person, a body, a document, an
 * unnamed source, or no one when the evidence is weak). Entry: {@link dateline.copy.quotes.QuoteFinder}.
 */
package dateline.copy.quotes;
