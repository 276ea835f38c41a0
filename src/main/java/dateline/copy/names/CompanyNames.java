package dateline.copy.names;

import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.List;
import java.util.Set;

/**
 * Company names that business copy writes in a shape no person's name has: a name ending in "&
 * Co." ("Eli Lilly & Co.", "Jefferies & Co"), which a first name would otherwise make a person.
 */
final class CompanyNames {
    /** Name words before "& Co." at most: company names are short. */
    private static final int WORDS = 3;

    private CompanyNames() {}

    /** Reads "Name & Co." before the runs, marking its tokens taken. */
    static void readAmpersandCompanies(Segment s, boolean[] taken, List<Candidate> out) {
        List<Token> tokens = s.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token co = tokens.get(i + 1);
            if (!tokens.get(i).is("&") || !(co.is("Co") || co.is("Co."))) continue;
            int start = i;
            while (start > i - WORDS && start > 0 && NameRuns.isNameWord(tokens.get(start - 1)) && !taken[start - 1]) start--;
            while (start < i && Words.isCalendarOrArticle(tokens.get(start).text())) start++; // "The", "Monday"
            if (start == i || tokens.get(start).start() < s.from()) continue;
            out.add(new Candidate(s, start, i + 2, Entity.Kind.ORGANIZATION, s.span(start, i + 2), false, Set.of(), null));
            for (int k = start; k < i + 2; k++) taken[k] = true;
        }
    }
}
