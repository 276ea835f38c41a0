package dateline.wire.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing as the Standard Webhooks specification defines it (standardwebhooks.com): the secret
 * is {@code whsec_} and base64 of random bytes; the signature is base64 of HMAC-SHA256, keyed
 * by those bytes, of {@code id.timestamp.body}, sent as {@code webhook-signature: v1,<sig>}.
 * Receivers verify with any Standard Webhooks library.
 */
public final class Signatures {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    /** A new secret: 24 random bytes, as the specification's examples have. */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    /** The {@code webhook-signature} header's value for one delivery. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        if (!secret.startsWith("whsec_")) throw new IllegalArgumentException("a webhook secret starts with whsec_");
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}
