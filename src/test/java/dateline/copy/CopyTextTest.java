package dateline.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static byte[] bytes(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    @Test
    void plainUtf8CopyComesBackUnchanged() {
        assertThat(CopyText.decode(bytes("Héadline — “quoted”\n\nBody."))).isEqualTo("Héadline — “quoted”\n\nBody.");
    }

    @Test
    void aByteOrderMarkIsStrippedAndEveryLineEndingBecomesALineFeed() {
        byte[] given = bytes("\uFEFFHeadline\r\n\r\nFirst.\rSecond.\n");

        assertThat(CopyText.decode(given)).isEqualTo("Headline\n\nFirst.\nSecond.\n");
    }

    @Test
    void emptyCopyIsRejected() {
        assertThatThrownBy(() -> CopyText.decode(new byte[0])).isInstanceOf(CopyRejected.class).hasMessageContaining("empty");
    }

    @Test
    void blankCopyIsRejected() {
        assertThatThrownBy(() -> CopyText.decode(bytes(" \n\u00A0\t\n"))).isInstanceOf(CopyRejected.class).hasMessageContaining("blank");
    }

    @Test
    void aNulByteMarksBinaryCopyAndTheRejectionSaysOnWhichLine() {
        byte[] given = bytes("Headline\n\nBody\u0000more");

        assertThatThrownBy(() -> CopyText.decode(given))
                .isInstanceOf(CopyRejected.class)
                .hasMessageContaining("binary").hasMessageContaining("line 3")
                .extracting(e -> ((CopyRejected) e).line()).isEqualTo(3);
    }

    @Test
    void manyControlCharactersMarkBinaryCopy() {
        byte[] given = new byte[400];
        for (int i = 0; i < given.length; i++) given[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);

        assertThatThrownBy(() -> CopyText.decode(given)).isInstanceOf(CopyRejected.class).hasMessageContaining("binary");
    }

    @Test
    void invalidUtf8IsRejectedWithTheLineWhereItStarts() {
        byte[] given = {'H', 'i', '\n', 'o', 'k', '\n', 'b', 'a', 'd', (byte) 0xC3, '(', '\n'};

        assertThatThrownBy(() -> CopyText.decode(given))
                .isInstanceOf(CopyRejected.class)
                .hasMessageContaining("not valid UTF-8 on line 3")
                .extracting(e -> ((CopyRejected) e).line()).isEqualTo(3);
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        byte[] given = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThatThrownBy(() -> CopyText.decode(given)).isInstanceOf(CopyRejected.class).hasMessageContaining("line 1");
    }

    @Test
    void copyOverOneMebibyteIsRejected() {
        byte[] given = new byte[CopyText.MAX_BYTES + 1];
        java.util.Arrays.fill(given, (byte) 'a');

        assertThatThrownBy(() -> CopyText.decode(given)).isInstanceOf(CopyRejected.class).hasMessageContaining("over the limit");
    }

    @Test
    void copyOfExactlyOneMebibyteIsAccepted() {
        byte[] given = new byte[CopyText.MAX_BYTES];
        java.util.Arrays.fill(given, (byte) 'a');

        assertThat(CopyText.decode(given)).hasSize(CopyText.MAX_BYTES);
    }
}
