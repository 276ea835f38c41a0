package dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which searches rank their page apart from counting: those whose ranking can skip well. */
class RankingPlanTest {
    private final QueryReader reader = new QueryReader(SearchAnalyzer.create(), ZoneId.of("UTC"));

    private boolean apart(String q) { return RankingPlan.skipsWell(reader.read(q)); }

    @Test
    void aWordInAnyOfTheTextFieldsOrOneNameIsRankedApart() {
        assertThat(apart("harbour")).isTrue();
        assertThat(apart("person:\"Anatoly Antonov\"")).isTrue();
    }

    @Test
    void conjunctionsPhrasesAndAlternativesAreRankedWhileCounting() {
        assertThat(apart("harbour ferries")).isFalse();
        assertThat(apart("\"oslo harbour\"")).isFalse();
        assertThat(apart("harbour OR ferries")).isFalse();
        assertThat(apart("harbour updated:[2020-09-01 TO 2020-09-30]")).isFalse();
        assertThat(apart("")).isFalse();
    }
}
