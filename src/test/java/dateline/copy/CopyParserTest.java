package dateline.copy;

import dateline.story.DatelineInfo;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories invented for these tests, each in the shape one kind of source leaves copy in. */
class CopyParserTest {
    private final CopyParser parser = new CopyParser();

    private static final String AGENCY_PAGE = """
            All news
            Updated at:\u00A0

            Harbour city opens new ferry line to the islands - mayor

            Elena Sorokina said the service would run all year round

            MURMANSK, March 3. /TASS/. A new ferry line will link the harbour with the outer islands from May, Mayor Elena Sorokina told TASS on Tuesday.

            "The boats are ready and the crews are trained," Sorokina said.

            Share

            Winter timetable

            In winter the ferry will sail twice a week, the mayor added.
            Read also
            Ferry fares to rise next year

            "We will not stop in January," she said.

            © 2026 Agency. All rights reserved.""";

    @Test
    void anAgencyPageGivesHeadlineStandfirstDatelineSubheadingAndParagraphs() {
        ParsedCopy copy = parser.parse(AGENCY_PAGE, LocalDate.of(2026, 3, 4));

        assertThat(copy.headline()).isEqualTo("Harbour city opens new ferry line to the islands - mayor");
        assertThat(copy.standfirst()).isEqualTo("Elena Sorokina said the service would run all year round");
        assertThat(copy.dateline()).isEqualTo(new DatelineInfo("MURMANSK, March 3. /TASS/.", "MURMANSK", "March 3",
                LocalDate.of(2026, 3, 3), "TASS"));
        assertThat(copy.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
                Block.Kind.SUBHEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
        assertThat(copy.blocks().get(0).text()).startsWith("MURMANSK, March 3. /TASS/. A new ferry line");
        assertThat(copy.blocks().get(2).text()).isEqualTo("Winter timetable");
    }

    @Test
    void pageChromeIsDroppedAsBoilerplateAndTheStoryKeptExactly() {
        ParsedCopy copy = parser.parse(AGENCY_PAGE);

        assertThat(copy.boilerplate()).containsExactly("All news", "Updated at:\u00A0", "Share", "Read also",
                "Ferry fares to rise next year", "© 2026 Agency. All rights reserved.");
        assertThat(copy.blocks()).extracting(Block::text)
                .contains("\"The boats are ready and the crews are trained,\" Sorokina said.");
    }

    @Test
    void wireCopyWithACaptionAPromoAndACreditLineHasNoHeadlineAndDropsTheFurniture() {
        String given = """
                2 of 5. Volunteers carry sandbags along the river bank in Riverton, April 2, 2025.

                Ten films to watch this spring.

                RIVERTON (Reuters) - Volunteers worked through the night on Wednesday to shore up levees as the river rose.

                The water was expected to peak on Friday, officials said.

                STORM MOVES EAST

                Forecasters said the storm would move east by the weekend.

                (Reporting by Jane Roe; Editing by John Doe)
                """;

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.headline()).isNull();
        assertThat(copy.standfirst()).isNull();
        assertThat(copy.dateline().place()).isEqualTo("RIVERTON");
        assertThat(copy.dateline().agency()).isEqualTo("Reuters");
        assertThat(copy.boilerplate()).hasSize(3).last().asString().startsWith("(Reporting by");
        assertThat(copy.blocks()).filteredOn(b -> !b.isParagraph()).extracting(Block::text).containsExactly("STORM MOVES EAST");
        assertThat(copy.blocks()).filteredOn(Block::isParagraph).hasSize(3);
    }

    @Test
    void aBodyFlattenedOntoOneLineIsCutAtItsDoubleSpaces() {
        String body = "VALLEYTOWN, Oct. 8 (Xinhua) -- Heavy rain closed the mountain road early Wednesday. Crews were sent at dawn.  "
                + "The road links three villages to the county town. About 4,000 people live there.  "
                + "\"We have food for a week,\" said village head Li Ming.  "
                + "ROAD REOPENS  "
                + "By evening one lane had reopened, the county said. More rain is forecast for the weekend.  "
                + "Schools in the villages will stay closed on Thursday, officials said, and reopen next week if the road holds.  "
                + "(Reporting by Jane Roe; Editing by John Doe)";
        String given = "Rain closes mountain road in valley county\n\n" + body;

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.headline()).isEqualTo("Rain closes mountain road in valley county");
        assertThat(copy.dateline().place()).isEqualTo("VALLEYTOWN");
        assertThat(copy.blocks()).extracting(Block::text).containsExactly(
                "VALLEYTOWN, Oct. 8 (Xinhua) -- Heavy rain closed the mountain road early Wednesday. Crews were sent at dawn.",
                "The road links three villages to the county town. About 4,000 people live there.",
                "\"We have food for a week,\" said village head Li Ming.",
                "ROAD REOPENS",
                "By evening one lane had reopened, the county said. More rain is forecast for the weekend.",
                "Schools in the villages will stay closed on Thursday, officials said, and reopen next week if the road holds.");
        assertThat(copy.blocks().get(3).isParagraph()).isFalse();
        assertThat(copy.boilerplate()).containsExactly("(Reporting by Jane Roe; Editing by John Doe)");
    }

    @Test
    void aHeadlineWithDoubleSpacesIsNotCut() {
        String given = "Officials deny outbreak  --  spokesman\n\nGENTOWN, June 27. /TASS/. Officials denied it, he said.";

        assertThat(parser.parse(given).headline()).isEqualTo("Officials deny outbreak  --  spokesman");
    }

    @Test
    void copyWithoutADatelineStillHasAHeadlineAndADeck() {
        String given = """
                Council approves budget for new library

                The building will open in two years, the council said in a statement

                The city council on Monday approved the budget for a new central library.

                Work will start in the spring.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.dateline()).isNull();
        assertThat(copy.headline()).isEqualTo("Council approves budget for new library");
        assertThat(copy.standfirst()).isEqualTo("The building will open in two years, the council said in a statement");
        assertThat(copy.blocks()).hasSize(2).allMatch(Block::isParagraph);
    }

    @Test
    void aWebPageDeckAboveTheBylineIsTheStandfirstEvenWithAFullStop() {
        String given = """
                Council approves budget for new library

                The building on the old market square will open in two years.

                By Jane Roe

                Published On 5 Mar 2026

                The city council on Monday approved the budget for a new central library.

                Work will start in the spring.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.standfirst()).isEqualTo("The building on the old market square will open in two years.");
        assertThat(copy.blocks()).hasSize(2).allMatch(Block::isParagraph);
    }

    @Test
    void aFirstParagraphWithoutABylineBelowItIsNoStandfirst() {
        String given = """
                Council approves budget for new library

                The city council on Monday approved the budget for a new central library.

                Work will start in the spring.

                It will open in two years.""";

        assertThat(parser.parse(given).standfirst()).isNull();
    }

    @Test
    void aDatelineOnItsOwnLineStartsTheBody() {
        String given = """
                Rail link opens between two cities

                Jane Roe  |05.03.2026 - Update : 05.03.2026

                NORTHPORT, Norland

                A new rail line opened on Thursday, the ministry said.

                Trains will run every hour.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.dateline().place()).isEqualTo("NORTHPORT, Norland");
        assertThat(copy.standfirst()).isNull();
        assertThat(copy.blocks()).hasSize(3).allMatch(Block::isParagraph);
    }

    @Test
    void anAgencyStoryWithNoDeckHasNoStandfirst() {
        String given = "Exports rose 2% in May\n\nLIMA (AP) — Peru's exports rose 2% in May, the central bank said.\n\nMining led the rise.";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.standfirst()).isNull();
        assertThat(copy.blocks()).hasSize(2);
    }

    @Test
    void copyWithOnlyPageChromeIsRejected() {
        assertThatThrownBy(() -> parser.parse("All news\nUpdated at:\n\nShare\n"))
                .isInstanceOf(CopyRejected.class).hasMessageContaining("no recognisable headline");
    }

    @Test
    void blankCopyIsRejected() {
        assertThatThrownBy(() -> parser.parse(" \n\n ")).isInstanceOf(CopyRejected.class);
    }

    @Test
    void hardWrappedParagraphsStayWholeAndTheirTextUnchanged() {
        String given = """
                Port strike ends after two weeks

                HAMBURG (Reuters) - Dock workers at the port ended a two-week
                strike on Friday after unions and employers agreed a new pay
                deal, a union spokesman said.

                Ships had queued off the coast for days.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.blocks()).extracting(Block::text).containsExactly(
                "HAMBURG (Reuters) - Dock workers at the port ended a two-week\nstrike on Friday after unions and employers agreed a new pay\ndeal, a union spokesman said.",
                "Ships had queued off the coast for days.");
    }

    @Test
    void oneParagraphPerLineWithoutBlankLinesGivesOneBlockPerLine() {
        String given = "Rates held at 5%\nFRANKFURT (Reuters) - The central bank held its main rate at 5% on Thursday, as expected by economists.\nThe decision was unanimous, the bank said in a statement after the meeting in Frankfurt.";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.headline()).isEqualTo("Rates held at 5%");
        assertThat(copy.blocks()).hasSize(2);
        assertThat(List.of(copy.dateline().place(), copy.dateline().agency())).containsExactly("FRANKFURT", "Reuters");
    }

    @Test
    void anApCreditLineAndTheRuleBeforeItAreBoilerplate() {
        String given = """
                Judge clears merger of two toy makers

                A federal judge on Tuesday cleared the merger of two toy makers, saying regulators had not shown harm.

                Shares of both companies rose.

                ___

                AP Business Writer Jane Roe contributed to this report from London.

                Follow AP's coverage of business at https://example.org/business""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.dateline()).isNull();
        assertThat(copy.standfirst()).isNull();
        assertThat(copy.blocks()).hasSize(2);
        assertThat(copy.boilerplate()).hasSize(3);
    }

    @Test
    void aStoryLineThatNamesAPollIsNotTakenForAPhotoCredit() {
        String given = "Poll shows tight race\n\nLONDON (Reuters) - The race is tight, a poll showed on Monday.\n\n"
                + "A Reuters/Ipsos poll put the parties level.\n\nA man votes in London. REUTERS/Jane Roe";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.blocks()).extracting(Block::text).contains("A Reuters/Ipsos poll put the parties level.");
        assertThat(copy.boilerplate()).containsExactly("A man votes in London. REUTERS/Jane Roe");
    }

    @Test
    void aBylineAndATimeStampBetweenHeadlineAndBodyAreNotTheStandfirst() {
        String given = """
                Lake freezes early for the first time in decades

                By Jane Roe and JOHN DOE, Associated Press

                Updated 10:42 AM EST, Tue December 2, 2025

                December 2, 2025 10:42

                LAKETON (AP) — The lake froze over on Monday, three weeks earlier than usual.

                Skaters were warned to stay off the ice.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.headline()).isEqualTo("Lake freezes early for the first time in decades");
        assertThat(copy.standfirst()).isNull();
        assertThat(copy.boilerplate()).hasSize(3);
        assertThat(copy.blocks()).hasSize(2);
    }

    @Test
    void shortUnpunctuatedLinesAtTheEndOfTheBodyAreFurnitureNotSubheadings() {
        String given = """
                Lake freezes early

                LAKETON (AP) — The lake froze over on Monday, three weeks earlier than usual.

                Ice fishing

                Anglers were out by noon.

                Source: Laketon Weather Service

                More from the region""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.blocks()).extracting(Block::text)
                .containsExactly("LAKETON (AP) — The lake froze over on Monday, three weeks earlier than usual.",
                        "Ice fishing", "Anglers were out by noon.");
        assertThat(copy.blocks().get(1).isParagraph()).isFalse();
        assertThat(copy.boilerplate()).containsExactly("Source: Laketon Weather Service", "More from the region");
    }

    @Test
    void aStoryOpeningWithTheWordByIsNotAByline() {
        String given = "By the numbers: a record harvest\n\nBy the end of the season farmers had picked 2 million tonnes.";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.headline()).isEqualTo("By the numbers: a record harvest");
        assertThat(copy.blocks()).hasSize(1);
    }

    @Test
    void aSectionHeadedByQuotedWordsIsASubheadingButAQuotedSentenceIsAParagraph() {
        String given = """
                Mayor vows to rebuild the old bridge

                The decision came a week after floods closed the crossing for good

                Residents of both banks met on Tuesday to discuss the plan.

                "The bridge is part of who we are."

                'We will cross it again'

                The mayor said work would start in the spring.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.standfirst()).isEqualTo("The decision came a week after floods closed the crossing for good");
        assertThat(copy.blocks()).filteredOn(b -> !b.isParagraph()).extracting(Block::text)
                .containsExactly("'We will cross it again'");
        assertThat(copy.blocks()).filteredOn(Block::isParagraph).hasSize(3);
    }

    @Test
    void relayedCopyKeepsItsAgencyAndDropsPromotionsAndNotices() {
        String given = """
                Regulator approves new inhaler

                Our readers are treated to special offers and promotions from us and our partners. More info

                (Reuters) -The regulator approved a new inhaler for a lung disease on Wednesday, the maker said.

                Shares rose 11% in extended trading.

                Get the day's biggest stories delivered right to your inbox. Sign up now.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.dateline().agency()).isEqualTo("Reuters");
        assertThat(copy.dateline().place()).isNull();
        assertThat(copy.dateline().written()).isEqualTo("(Reuters) -");
        assertThat(copy.standfirst()).isNull();
        assertThat(copy.blocks()).hasSize(2);
        assertThat(copy.boilerplate()).hasSize(2);
    }

    @Test
    void aLongFirstParagraphThatLostItsFullStopIsNotADeck() {
        String given = """
                Miner announces plan for processing plant

                The company is pleased to announce an update on its expansion strategy. The company further announces it has launched a process to consider partners for funding the plant in the region and globally

                The plant would produce material for batteries.

                Construction could start next year.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.standfirst()).isNull();
        assertThat(copy.blocks()).hasSize(3);
    }

    @Test
    void shortLinesThatEachOpenWithACapitalAreOneBlockALineNotAWrappedParagraph() {
        String given = "Port reopens after storm damage repaired\nThe harbour master said ships could dock again from Monday\n"
                + "ODESSA (Reuters) - The port reopened on Monday after repairs.";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.headline()).isEqualTo("Port reopens after storm damage repaired");
        assertThat(copy.standfirst()).isEqualTo("The harbour master said ships could dock again from Monday");
        assertThat(copy.blocks()).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Item 1 of 3 A worker checks a pipe at the plant in Riverton, April 2, 2025.",
            "[1/2] A view shows the damaged bridge in Riverton, April 2, 2025.",
            "The bridge after the flood. Photograph: Jane Roe/Riverton News",
            "Acquire Licensing Rights, opens new tab",
            "Associated Press writer Jane Roe contributed.",
            "Follow Jane Roe on X: @janeroe",
            "(With inputs from agencies)",
            "Story continues below advertisement",
            "Ivan Petrov/TASS",
            "EPA-EFE/JANE ROE",
            "Jane Roe/Getty Images",
            "12 SEP, 20:15",
            "Image source, Riverton Council",
            "Image caption, The bridge was closed for two years"})
    void lineOfPageFurnitureIsBoilerplate(String line) {
        String given = "Bridge reopens\n\nRIVERTON (Reuters) - The bridge reopened on Monday.\n\n" + line + "\n\nTraffic was light.";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.boilerplate()).containsExactly(line);
        assertThat(copy.blocks()).hasSize(2);
    }

    @Test
    void aPhotoCreditBetweenHeadlineAndDeckIsNotTheStandfirst() {
        String given = "Ferry line opens\n\nIvan Petrov/TASS\n\nThe mayor said the ferry would run all year\n\n"
                + "MURMANSK, March 3. /TASS/. The line opened on Tuesday.";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.standfirst()).isEqualTo("The mayor said the ferry would run all year");
        assertThat(copy.boilerplate()).containsExactly("Ivan Petrov/TASS");
    }

    @Test
    void aSentenceWithASlashIsNotAPhotoCredit() {
        String given = "Trade rises\n\nLIMA (AP) — Trade rose.\n\nThe EU/US talks resume in May.\n\nExports grew.";

        assertThat(parser.parse(given).blocks()).extracting(Block::text).contains("The EU/US talks resume in May.");
    }

    @Test
    void aRunOfShortUnpunctuatedLinesIsAListOfParagraphsNotSubheadings() {
        String given = """
                Budget at a glance

                OSLO (Reuters) - The government presented its budget on Tuesday. Its main points:

                Income tax cut by one point

                Rail fares frozen for a year

                Two new hospitals in the north

                The opposition said the plan was too timid.

                Reaction

                Markets barely moved.""";

        ParsedCopy copy = parser.parse(given);

        assertThat(copy.blocks()).filteredOn(b -> !b.isParagraph()).extracting(Block::text).containsExactly("Reaction");
        assertThat(copy.blocks()).filteredOn(Block::isParagraph).hasSize(6);
    }
}
