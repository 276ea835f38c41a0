package dateline.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryFormatTest {
    @Test
    void aFormatParameterNamesOneOfTheFourFormatsAndWinsOverAccept() {
        assertThat(StoryFormat.negotiate("ninjs", "application/xml")).isEqualTo(StoryFormat.NINJS);
        assertThat(StoryFormat.negotiate("ninjs-2.2", null)).isEqualTo(StoryFormat.NINJS_22);
        assertThat(StoryFormat.negotiate("newsml-g2", "application/json")).isEqualTo(StoryFormat.NEWSML_G2);
        assertThat(StoryFormat.negotiate("dateline", null)).isEqualTo(StoryFormat.DATELINE);
    }

    @Test
    void acceptChoosesByMediaTypeAndAnythingGoesMeansNinjs31() {
        assertThat(StoryFormat.negotiate(null, null)).isEqualTo(StoryFormat.NINJS);
        assertThat(StoryFormat.negotiate(null, "application/vnd.iptc.g2.newsitem+xml")).isEqualTo(StoryFormat.NEWSML_G2);
        assertThat(StoryFormat.negotiate(null, "application/vnd.iptc.g2.newsmessage+xml")).isEqualTo(StoryFormat.NEWSML_G2);
        assertThat(StoryFormat.negotiate(null, "application/vnd.dateline.ninjs-2.2+json")).isEqualTo(StoryFormat.NINJS_22);
        assertThat(StoryFormat.negotiate(null, "text/html, */*;q=0.1")).isEqualTo(StoryFormat.NINJS);
    }

    @Test
    void acceptIsReadByQualityThenByOrderAndAZeroQualityRefusesAType() {
        assertThat(StoryFormat.negotiate(null, "application/json;q=0.5, application/vnd.iptc.g2.newsitem+xml"))
                .isEqualTo(StoryFormat.NEWSML_G2);
        assertThat(StoryFormat.negotiate(null, "*/*;q=0.1, application/vnd.dateline+json;q=0.9, application/json;q=0.9"))
                .isEqualTo(StoryFormat.DATELINE);
        assertThatThrownBy(() -> StoryFormat.negotiate(null, "application/json;q=0")).isInstanceOf(UnknownFormat.class);
    }

    @Test
    void anUnknownFormatIsRefusedNamingEveryKnownOne() {
        assertThatThrownBy(() -> StoryFormat.negotiate("nitf", null)).isInstanceOf(UnknownFormat.class)
                .hasMessage("format: one of ninjs, ninjs-2.2, newsml-g2, dateline, got nitf");
        assertThatThrownBy(() -> StoryFormat.negotiate(null, "application/pdf")).isInstanceOf(UnknownFormat.class)
                .hasMessageContaining("application/vnd.iptc.g2.newsitem+xml (newsml-g2)");
    }
}
