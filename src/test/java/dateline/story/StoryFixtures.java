package dateline.story;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import java.time.LocalDate;
import java.util.List;

/** Stories written for the tests: short, invented, shaped like agency copy. */
public final class StoryFixtures {
    private StoryFixtures() {}

    public static StoryContent content(String headline) {
        return content(headline, "world");
    }

    public static StoryContent content(String headline, String section) {
        String first = "OSLO, March 3. /DTL/. " + headline + ", the harbour authority said on Tuesday.";
        return new StoryContent(headline, "The port expects ferries to run again by Friday",
                new DatelineInfo("OSLO, March 3. /DTL/.", "OSLO", "March 3", LocalDate.of(2026, 3, 3), "DTL"),
                List.of(Block.paragraph(first), Block.subheading("What comes next"),
                        Block.paragraph("\"We will reopen the quay as soon as the ice allows,\" Ingrid Solberg said.")),
                List.of(new Quote("We will reopen the quay as soon as the ice allows,", "Ingrid Solberg",
                        "Ingrid Solberg said", 2, 1)),
                List.of(new Entity("Ingrid Solberg", Entity.Kind.PERSON, List.of(new Entity.Mention(2, 54, 68)))),
                List.of(new Entity("Oslo", Entity.Kind.PLACE, List.of(new Entity.Mention(0, 0, 4)))),
                List.of(), section, "en");
    }
}
