/**
 * The raw material every stage of the copy parser shares: white space as copy uses it, tokens
 * and the tokenizer, tokenized segments of a story, and small string measures. Knows no words.
 */
package dateline.copy.text;
