package dateline.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (session ids, CSRF and API tokens, one-time passwords) and the digests kept of them. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    // No 0/O or 1/l/I: a one-time password is read off a terminal and typed.
    private static final String READABLE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Secrets() {}

    /** 256 random bits, URL-safe. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A password of 20 characters from a 56-letter alphabet: about 116 bits. */
    static String password() {
        StringBuilder out = new StringBuilder(20);
        for (int i = 0; i < 20; i++) out.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        return out.toString();
    }

    /**
     * The SHA-256 of a high-entropy secret: enough to look it up without storing it, and unlike
     * a password it needs no slow hash, as it cannot be guessed.
     */
    static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** Compares in time independent of where they differ. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
