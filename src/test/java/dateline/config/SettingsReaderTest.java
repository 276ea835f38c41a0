package dateline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private static Settings read(Map<String, String> env, String listenFlag) {
        return new SettingsReader(env).read(new SettingsReader.Flags(null, null, null, null, null, null, listenFlag));
    }

    @Test
    void byDefaultItListensOnEveryInterface() {
        assertThat(read(Map.of(), null).listen()).isEqualTo("0.0.0.0");
    }

    @Test
    void theListenAddressComesFromTheFlagOverTheVariable() {
        assertThat(read(Map.of("DATELINE_LISTEN", "127.0.0.1"), null).listen()).isEqualTo("127.0.0.1");
        assertThat(read(Map.of("DATELINE_LISTEN", "127.0.0.1"), "::1").listen()).isEqualTo("::1");
    }

    @Test
    void aListenAddressThatIsNotAnIpAddressIsReportedWithTheOtherProblems() {
        assertThatThrownBy(() -> new SettingsReader(Map.of("DATELINE_LISTEN", "example.com", "DATELINE_PORT", "٨٠"))
                .read(SettingsReader.Flags.none()))
                .isInstanceOf(InvalidSettings.class)
                .satisfies(e -> assertThat(((InvalidSettings) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("listen: ").contains("example.com"))
                        .anySatisfy(p -> assertThat(p).startsWith("port: ")));
    }

    @Test
    void limitsHaveDefaultsAndTakeSizesWithAUnit() {
        Settings defaults = read(Map.of(), null);
        Settings set = read(Map.of("DATELINE_ANSWER_MAX_BYTES", "512K", "DATELINE_CACHE_MAX_BYTES", "2M"), null);

        assertThat(defaults.limits()).isEqualTo(Settings.Limits.defaults());
        assertThat(set.limits().answerMaxBytes()).isEqualTo(512L << 10);
        assertThat(set.limits().cacheMaxBytes()).isEqualTo(2L << 20);
    }

    @Test
    void aLimitTooSmallOrNotASizeIsAProblem() {
        assertThatThrownBy(() -> read(Map.of("DATELINE_ANSWER_MAX_BYTES", "10", "DATELINE_CACHE_MAX_BYTES", "lots"), null))
                .isInstanceOf(InvalidSettings.class)
                .hasMessageContaining("answer-max-bytes").hasMessageContaining("cache-max-bytes");
    }
}
