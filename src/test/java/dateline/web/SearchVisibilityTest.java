package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Actor;
import dateline.story.EditorFields;
import dateline.story.Newsroom;
import dateline.story.Story;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the newsroom writes reaches search only when the public may read it. */
class SearchVisibilityTest extends WebTest {

    private String search(String q) { return site.get("/api/v1/search?q=" + q).body(); }

    @Test
    void aDraftAndAnEmbargoedStoryAreNeverFoundUntilReleasedAndAWithdrawalRemovesItAtOnce() throws Exception {
        Newsroom newsroom = site.app().newsroom();
        Story draft = newsroom.createDraft(new EditorFields("Secret ferry subsidy agreed", null, "Bergen", "politics",
                "The council agreed a secret ferry subsidy.", null, null, null), new Actor("ravi", false));

        assertThat(search("secret")).contains("\"total\":0");
        Story embargoed = newsroom.embargo(draft.id(), draft.version(), Instant.now().plusSeconds(2), new Actor("erika", true));
        assertThat(search("secret")).contains("\"total\":0");
        assertThat(site.get("/place/bergen").statusCode()).isEqualTo(404);

        long deadline = System.currentTimeMillis() + 15_000;
        while (search("secret").contains("\"total\":0") && System.currentTimeMillis() < deadline) Thread.sleep(100);
        assertThat(search("secret")).as("released by the scheduler").contains("\"total\":1");

        Story released = site.app().stories().get(embargoed.id());
        newsroom.withdraw(released.id(), released.version(), "Published in error.", new Actor("erika", true));
        assertThat(search("secret")).contains("\"total\":0");
    }
}
