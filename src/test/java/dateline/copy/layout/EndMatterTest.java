package dateline.copy.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndMatterTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"(END)", "-- WIREDESK", "==Wiredesk", "(MORE)", "abc/de/fg", "wd ab/cd z2 efg",
            "jroe@agency.example", "Jane Roe  |05.03.2026 - Update : 05.03.2026", "Heard on Evening Round-up"})
    void agencyEndMarksDeskCodesAndStampsAreEndMatter(String line) {
        assertThat(EndMatter.isEndMatter(line)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"ENDS", "Analysis", "The end came at 3 p.m.", "and/or", "24/7", "The EU/US talks resume.",
            "Write to jroe@agency.example for details.", "Fares | 2026 | up 5%",
            "Heard on the streets of the old town, the chant grew louder."})
    void storyLinesAndHeadingsAreNot(String line) {
        assertThat(EndMatter.isEndMatter(line)).isFalse();
    }
}
