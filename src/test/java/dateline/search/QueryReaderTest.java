package dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.story.InvalidInput;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queries readers type: what each means, what is wrong with those that cannot be read, and what runs instead. */
class QueryReaderTest {
    private final QueryReader reader = new QueryReader(SearchAnalyzer.create(), ZoneId.of("Europe/Oslo"));

    private boolean readable(String q) {
        try {
            reader.read(q);
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "((                                  | a parenthesis is opened and never closed",
        "\"unclosed                          | a quotation mark (\") is opened and never closed",
        "person:                             | person: needs a value after the colon",
        "talks AND person:                   | person: needs a value after the colon",
        "talks)                              | a closing parenthesis at character 6 has no opening one",
        "nosuch:field                        | unknown field nosuch",
        "updated:[2020-13-01 TO 2020-09-30]  | updated: dates are written YYYY-MM-DD",
        "*talks                              | a word cannot start with * or ?",
        "talks AND                           | the search cannot be read",
    })
    void aQueryThatCannotBeReadSaysWhatIsWrong(String query, String message) {
        assertThatThrownBy(() -> reader.read(query.strip())).isInstanceOf(InvalidInput.class).hasMessageContaining(message.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"resume talks               | \"resume talks\"",
        "(ice OR snow                 | (ice OR snow)",
        "ice) OR snow                 | ice OR snow",
        "talks person:                | talks",
        "((                           | ''",
        "nosuch:field talks           | nosuch field talks",
    })
    void theClosestReadableSearchIsWhatRunsInstead(String query, String repaired) {
        assertThat(QueryRepair.repair(query.strip(), this::readable)).isEqualTo(repaired.strip());
    }

    @Test
    void namesAreOneTermCaseAndAccentBlindAndDatesAreDaysOfTheAgencysCalendar() {
        assertThat(reader.read("person:\"Jonas Gahr Støre\"").toString()).isEqualTo("person:jonas gahr store");
        assertThat(reader.read("said:\"Anatoly Antonov\"").toString()).isEqualTo("said:anatoly antonov");
        // 2020-09-01T00:00+02:00 to 2020-09-30T23:59:59.999+02:00
        assertThat(reader.read("updated:[2020-09-01 TO 2020-09-30]").toString()).isEqualTo("updated:[1598911200000 TO 1601503199999]");
        assertThat(reader.read("updated:2020-09").toString()).isEqualTo("updated:[1598911200000 TO 1601503199999]");
    }

    @Test
    void plainWordsMustAllMatchAndAreStemmedAcrossTheTextFields() {
        String query = reader.read("talks resumed").toString();

        assertThat(query).startsWith("+(").contains("body:talk", "(headline:talk)^3.0", "body:resum", "quotes:resum");
    }
}
