package dateline.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * What is wrong with a query the parser cannot read, in words, and the closest search that can
 * be read: the quote closed, the parentheses balanced, a field without a value left out, and at
 * worst the words alone.
 */
final class QueryRepair {
    private static final Pattern EMPTY_FIELD = Pattern.compile("\\b([A-Za-z_]+):(?=\\s*(?:$|\\)|AND\\b|OR\\b|NOT\\b))");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern SYNTAX = Pattern.compile("[\\\\+\\-!():^\\[\\]\"{}~*?|&/]");

    private QueryRepair() {}

    /** The first problem found by reading the text, or null (the parser may still find one). */
    static String problem(String text) {
        if (unclosedQuote(text)) return "a quotation mark (\") is opened and never closed";
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) return "a closing parenthesis at character " + (i + 1) + " has no opening one";
        }
        if (depth > 0) return "a parenthesis is opened and never closed";
        Matcher empty = EMPTY_FIELD.matcher(text);
        if (empty.find()) {
            return empty.group(1) + ": needs a value after the colon, e.g. " + empty.group(1) + ":\"Anatoly Antonov\"";
        }
        return null;
    }

    /** Lucene's message for a query it could not read, in words a reader can act on. */
    static String explain(String luceneMessage) {
        String message = luceneMessage == null ? "" : luceneMessage.replaceFirst("(?s)^Cannot parse '.*?': ", "");
        if (message.contains("dates are written")) return message.strip();
        Matcher column = COLUMN.matcher(message);
        String where = column.find() ? " near character " + column.group(1) : "";
        if (message.contains("'*' or '?' not allowed as first character")) {
            return "a word cannot start with * or ?";
        }
        return "the search cannot be read" + where
                + ": check its quotation marks, parentheses and AND/OR/NOT, or put words in quotes to search for them as written";
    }

    /** The closest search that reads: each fix in turn, then the words without any syntax. */
    static String repair(String text, java.util.function.Predicate<String> readable) {
        String fixed = fixStructure(text);
        if (readable.test(fixed)) return fixed;
        String words = SYNTAX.matcher(text).replaceAll(" ").replaceAll("\\b(AND|OR|NOT)\\b", " ")
                .replaceAll("\\s+", " ").strip();
        if (words.isEmpty() || readable.test(words)) return words;
        return QueryParser.escape(words);
    }

    private static String fixStructure(String text) {
        String fixed = EMPTY_FIELD.matcher(text).replaceAll("");
        if (unclosedQuote(fixed)) fixed = fixed + "\"";
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < fixed.length(); i++) {
            char c = fixed.charAt(i);
            if (c == '"') quoted = !quoted;
            if (!quoted && c == ')' && depth == 0) continue;
            if (!quoted && c == '(') depth++;
            if (!quoted && c == ')') depth--;
            out.append(c);
        }
        out.append(")".repeat(depth));
        return out.toString().replace("()", "").strip();
    }

    private static boolean unclosedQuote(String text) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') i++;
            else if (text.charAt(i) == '"') quotes++;
        }
        return quotes % 2 == 1;
    }
}
