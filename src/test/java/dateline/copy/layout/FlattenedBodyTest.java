package dateline.copy.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlattenedBodyTest {

    @Test
    void aShortLineIsNeverCut() {
        assertThat(FlattenedBody.paragraphs("Officials deny outbreak  --  spokesman")).hasSize(1);
    }

    @Test
    void typewriterCopyWithTwoSpacesAfterEveryFullStopIsOneParagraph() {
        String line = "The council met on Monday.  It approved the budget.  The vote was close.  "
                + "Members argued for an hour about the library.  The mayor said the city could afford it.  "
                + "Critics said the money should go to roads.  A second vote is due in May.  "
                + "The library would open in two years.";

        assertThat(FlattenedBody.paragraphs(line)).containsExactly(line);
    }

    @Test
    void aLongLineOfOneSentenceParagraphsIsCutEvenWithoutSingleSpacedSentences() {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            line.append("Paragraph ").append(i).append(" tells one more part of the story of the flood in the valley, ")
                    .append("where the river rose over the banks during the night and the villagers moved to higher ground, ")
                    .append("as officials counted the damage").append(i < 8 ? ".  " : ".");
        }

        assertThat(FlattenedBody.paragraphs(line.toString())).hasSize(8).allMatch(p -> p.startsWith("Paragraph "));
    }
}
