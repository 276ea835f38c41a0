package dateline.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.story.Entity;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFormatsTest {
    private static final Instant FILED = Instant.parse("2026-03-03T08:15:00.250Z");
    private static final Instant EDITED = Instant.parse("2026-03-03T09:40:00Z");
    private static final Instant RELEASE = Instant.parse("2026-03-04T06:00:00Z");
    private final StoryFormats formats = new StoryFormats(new StoryLinks("test.example", "http://test.example"),
            Clock.fixed(EDITED, ZoneOffset.UTC));

    private static Story story(Status status, Instant embargo) {
        StoryContent base = StoryFixtures.content("Ferries halted by ice in Oslo harbour");
        StoryContent content = new StoryContent(base.headline(), base.standfirst(), base.dateline(), base.blocks(),
                base.quotes(), base.people(), base.places(),
                List.of(new Entity("Oslo Port Authority", Entity.Kind.ORGANIZATION, List.of())),
                base.section(), base.language(), "By Anna Berg", "OSLO-FERRIES", 3);
        return new Story("oslo-ferries", "ferries-halted", 2, status, content, FILED, EDITED, embargo, 7);
    }

    @Test
    void aPublishedStoryIsUsableNinjs31WithItsTimesBylineSluglineUrgencyPlaceAndEntities() {
        JsonNode ninjs = formats.json(story(Status.PUBLISHED, null), StoryFormat.NINJS);

        assertThat(NinjsSchema.load("3.1").violations(ninjs)).isEmpty();
        assertThat(ninjs.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(ninjs.get("version").asText()).isEqualTo("2");
        assertThat(ninjs.get("firstCreated").asText()).isEqualTo("2026-03-03T08:15:00.250Z");
        assertThat(ninjs.get("versionCreated").asText()).isEqualTo("2026-03-03T09:40:00Z");
        assertThat(ninjs.get("by").asText()).isEqualTo("By Anna Berg");
        assertThat(ninjs.get("slugline").asText()).isEqualTo("OSLO-FERRIES");
        assertThat(ninjs.get("urgency").asInt()).isEqualTo(3);
        assertThat(ninjs.get("located").asText()).isEqualTo("OSLO");
        assertThat(ninjs.get("people").get(0).get("name").asText()).isEqualTo("Ingrid Solberg");
        assertThat(ninjs.get("places").get(0).get("name").asText()).isEqualTo("Oslo");
        assertThat(ninjs.get("organisations").get(0).get("name").asText()).isEqualTo("Oslo Port Authority");
        assertThat(ninjs.has("embargoedUntil")).isFalse();
        assertThat(ninjs.get("bodies").get(0).get("value").asText()).contains("<h2>What comes next</h2>");
    }

    @Test
    void ninjs22SaysTheSameInItsLowerCaseSpellingAndValidatesAgainstThe22Schema() {
        JsonNode ninjs = formats.json(story(Status.PUBLISHED, null), StoryFormat.NINJS_22);

        assertThat(NinjsSchema.load("2.2").violations(ninjs)).isEmpty();
        assertThat(ninjs.get("standard").get("version").asText()).isEqualTo("2.2");
        assertThat(ninjs.get("pubstatus").asText()).isEqualTo("usable");
        assertThat(ninjs.get("versioncreated").asText()).isEqualTo("2026-03-03T09:40:00Z");
        assertThat(ninjs.get("firstcreated").asText()).isEqualTo("2026-03-03T08:15:00.250Z");
        assertThat(ninjs.get("bodies").get(0).get("contenttype").asText()).isEqualTo("text/html");
        assertThat(ninjs.get("by").asText()).isEqualTo("By Anna Berg");
        assertThat(ninjs.has("versionCreated")).isFalse();
    }

    @Test
    void theSchemasRejectAVersionsSpellingInTheOther() {
        JsonNode ninjs31 = formats.json(story(Status.PUBLISHED, null), StoryFormat.NINJS);
        JsonNode ninjs22 = formats.json(story(Status.PUBLISHED, null), StoryFormat.NINJS_22);

        assertThat(NinjsSchema.load("2.2").violations(ninjs31)).isNotEmpty();
        assertThat(NinjsSchema.load("3.1").violations(ninjs22)).isNotEmpty();
    }

    @Test
    void anEmbargoedStoryIsUsableCopyThatCarriesItsEmbargoInEveryFormat() {
        Story embargoed = story(Status.SCHEDULED, RELEASE);

        JsonNode ninjs31 = formats.json(embargoed, StoryFormat.NINJS);
        JsonNode ninjs22 = formats.json(embargoed, StoryFormat.NINJS_22);
        String xml = formats.text(embargoed, StoryFormat.NEWSML_G2);

        assertThat(NinjsSchema.load("3.1").violations(ninjs31)).isEmpty();
        assertThat(NinjsSchema.load("2.2").violations(ninjs22)).isEmpty();
        assertThat(NewsMlG2Schema.load().violations(xml)).isEmpty();
        assertThat(ninjs31.get("embargoedUntil").asText()).isEqualTo("2026-03-04T06:00:00Z");
        assertThat(ninjs31.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(ninjs22.get("embargoed").asText()).isEqualTo("2026-03-04T06:00:00Z");
        assertThat(ninjs22.get("pubstatus").asText()).isEqualTo("usable");
        G2Document g2 = new G2Document(xml);
        assertThat(g2.text("/g:newsItem/g:itemMeta/g:embargoed")).isEqualTo("2026-03-04T06:00:00Z");
        assertThat(g2.text("/g:newsItem/g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:usable");
    }

    @Test
    void aWithdrawnStoryIsAKillCanceledWithNoBodyInEveryFormat() {
        Story withdrawn = story(Status.WITHDRAWN, null);

        JsonNode ninjs31 = formats.json(withdrawn, StoryFormat.NINJS);
        JsonNode ninjs22 = formats.json(withdrawn, StoryFormat.NINJS_22);
        String xml = formats.text(withdrawn, StoryFormat.NEWSML_G2);

        assertThat(NinjsSchema.load("3.1").violations(ninjs31)).isEmpty();
        assertThat(NinjsSchema.load("2.2").violations(ninjs22)).isEmpty();
        assertThat(NewsMlG2Schema.load().violations(xml)).isEmpty();
        assertThat(ninjs31.get("pubStatus").asText()).isEqualTo("canceled");
        assertThat(ninjs31.has("bodies")).isFalse();
        assertThat(ninjs22.get("pubstatus").asText()).isEqualTo("canceled");
        assertThat(ninjs22.has("bodies")).isFalse();
        G2Document g2 = new G2Document(xml);
        assertThat(g2.text("/g:newsItem/g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:canceled");
        assertThat(g2.count("//g:contentSet")).isZero();
        assertThat(xml).doesNotContain("the harbour authority said");
    }

    @Test
    void aNewsItemCarriesTheStoryInTheStandardsFieldsAndAnXhtmlBody() {
        String xml = formats.text(story(Status.PUBLISHED, null), StoryFormat.NEWSML_G2);

        assertThat(NewsMlG2Schema.load().violations(xml)).isEmpty();
        G2Document g2 = new G2Document(xml);
        assertThat(g2.text("/g:newsItem/@guid")).isEqualTo("urn:dateline:test.example:oslo-ferries");
        assertThat(g2.text("/g:newsItem/@version")).isEqualTo("2");
        assertThat(g2.text("/g:newsItem/@standardversion")).isEqualTo("2.35");
        assertThat(g2.text("//g:itemMeta/g:versionCreated")).isEqualTo("2026-03-03T09:40:00Z");
        assertThat(g2.text("//g:itemMeta/g:firstCreated")).isEqualTo("2026-03-03T08:15:00.250Z");
        assertThat(g2.text("//g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:usable");
        assertThat(g2.text("//g:contentMeta/g:urgency")).isEqualTo("3");
        assertThat(g2.text("//g:contentMeta/g:located/g:name")).isEqualTo("OSLO");
        assertThat(g2.text("//g:contentMeta/g:subject[@type='cpnat:person']/@literal")).isEqualTo("Ingrid Solberg");
        assertThat(g2.text("//g:contentMeta/g:subject[@type='cpnat:geoArea']/g:name")).isEqualTo("Oslo");
        assertThat(g2.text("//g:contentMeta/g:subject[@type='cpnat:organisation']/@literal")).isEqualTo("Oslo Port Authority");
        assertThat(g2.text("//g:contentMeta/g:slugline")).isEqualTo("OSLO-FERRIES");
        assertThat(g2.text("//g:contentMeta/g:headline")).isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(g2.text("//g:contentMeta/g:dateline")).isEqualTo("OSLO, March 3. /DTL/.");
        assertThat(g2.text("//g:contentMeta/g:by")).isEqualTo("By Anna Berg");
        assertThat(g2.text("//g:contentMeta/g:description[@role='drol:summary']")).startsWith("The port expects");
        assertThat(g2.text("//g:inlineXML/@contenttype")).isEqualTo("application/xhtml+xml");
        assertThat(g2.text("//g:inlineXML/h:html/h:body/h:h2")).isEqualTo("What comes next");
        assertThat(g2.count("//g:inlineXML/h:html/h:body/h:p")).isEqualTo(2);
    }

    @Test
    void theG2SchemaCheckCatchesADocumentTheStandardDoesNotAllow() {
        String xml = formats.text(story(Status.PUBLISHED, null), StoryFormat.NEWSML_G2);

        String broken = xml.replace("<urgency>3</urgency>", "<urgency>12</urgency>");

        assertThat(NewsMlG2Schema.load().violations(broken)).contains("12");
    }

    @Test
    void textThatXmlCannotCarryIsDroppedAndMarkupIsEscaped() {
        StoryContent base = StoryFixtures.content("Quote \"marks\" & <angle> brackets\u0007 survive");
        Story story = new Story("odd-text", "odd", 1, Status.PUBLISHED, base, FILED, FILED, null, 1);

        String xml = formats.text(story, StoryFormat.NEWSML_G2);

        assertThat(NewsMlG2Schema.load().violations(xml)).isEmpty();
        assertThat(new G2Document(xml).text("//g:contentMeta/g:headline")).isEqualTo("Quote \"marks\" & <angle> brackets survive");
    }

    @Test
    void aListInG2IsANewsMessageOfNewsItemsThatSaysWhereTheListGoesOn() {
        String xml = formats.list(List.of(story(Status.PUBLISHED, null), story(Status.WITHDRAWN, null)),
                StoryFormat.NEWSML_G2, "abc", "/api/v1/stories?format=newsml-g2&before=abc");

        assertThat(NewsMlG2Schema.load().violations(xml)).isEmpty();
        G2Document g2 = new G2Document(xml);
        assertThat(g2.count("/g:newsMessage/g:itemSet/g:newsItem")).isEqualTo(2);
        assertThat(g2.text("/g:newsMessage/g:header/g:sent")).isEqualTo("2026-03-03T09:40:00Z");
        assertThat(g2.text("/g:newsMessage/g:header/g:headerExtProperty/@uri")).isEqualTo("/api/v1/stories?format=newsml-g2&before=abc");
    }

    @Test
    void anXmlFormatCannotBeAskedForAsJsonToPutInAnEnvelope() {
        assertThatThrownBy(() -> formats.json(story(Status.PUBLISHED, null), StoryFormat.NEWSML_G2))
                .isInstanceOf(UnknownFormat.class).hasMessageContaining("newsml-g2 is XML")
                .hasMessageContaining("ninjs, ninjs-2.2, dateline");
    }
}
