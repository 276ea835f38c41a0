package dateline.copy.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeLineTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "All news", "Updated at:", "Updated at:\u00A0", "Updated at: 20:15", "Share", "READ MORE: Ferry fares rise",
            "Read also", "© 2026 Agency", "Copyright 2026 The Riverton Herald", "(c) 2026 Riverton Herald",
            "We use cookies to improve your experience.", "Sign up for our daily newsletter",
            "1 of 4. A ferry leaves the harbour in Murmansk, March 3, 2026.",
            "(Reporting by Jane Roe; Editing by John Doe)", "Reporting by Jane Roe; Editing by John Doe",
            "Writing by Jane Roe; editing by John Doe", "By Jane Roe", "December 26, 2024 20:17 MSK", "___", "* * *",
            "Ivan Petrov/TASS", "Image caption, The bridge was closed",
            "Anadolu Agency's website contains only a portion of the news stories offered to subscribers.",
            "The article you requested has been archived. » Click here to search the archive."})
    void pageFurnitureIsChrome(String line) {
        assertThat(ChromeLine.isChrome(line)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Reporting by the BBC showed that the ferry had been late on 40 days.",
            "Copyright claims against the broadcaster rose sharply, the regulator said.",
            "(c) the third clause allows the council to extend the contract.",
            "Share prices fell 2% on Monday.",
            "By the end of the season farmers had picked 2 million tonnes.",
            "The EU/US talks resume in May.",
            "News of the closure spread quickly through the town.",
            "\"We are ready,\" Antonov said.",
            "WASHINGTON, September 12. /TASS/. Russia is ready to step up cooperation."})
    void storyTextIsNotChrome(String line) {
        assertThat(ChromeLine.isChrome(line)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] a long line opening with {0}")
    @ValueSource(strings = {"(Additional reporting by ", "Read more: "})
    void aLongLineIsChromeOnlyByItsOpening(String opening) {
        String line = opening + "Jane Roe in RIVERTON and John Doe in EASTON, ".repeat(20);

        assertThat(ChromeLine.isChrome(line)).isTrue();
        assertThat(ChromeLine.isChrome("The ferry sailed. " + line)).isFalse();
    }
}
