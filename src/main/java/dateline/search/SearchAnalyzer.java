package dateline.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * How the text of each field is split into terms, the same when indexing and when querying.
 * Prose is English with stemming ("talks" finds "talk"); a name or a section is one term,
 * case- and accent-blind, so {@code person:"anatoly antonov"} finds exactly that person and
 * never everyone called Anatoly.
 */
final class SearchAnalyzer {
    private SearchAnalyzer() {}

    static Analyzer create() {
        Analyzer name = new NameAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                StoryDocument.PERSON, name, StoryDocument.PLACE, name, StoryDocument.ORG, name,
                StoryDocument.SAID, name, StoryDocument.SECTION, name, StoryDocument.DATELINE, name));
    }

    /** A whole value as one term, lower case and without accents ("Støre" and "Store" meet). */
    static final class NameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            KeywordTokenizer tokenizer = new KeywordTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
