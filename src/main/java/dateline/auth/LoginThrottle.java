package dateline.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per address in a sliding window. An account is held
 * after a few failures (guessing one password), an address after more (one machine trying many
 * accounts). Kept in memory: a restart forgives, which costs an attacker a restart per window.
 */
final class LoginThrottle {
    private static final int MAX_KEYS = 100_000;
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, Duration window, int perAccount, int perAddress) {
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Throws {@link TooManyAttempts} when either has failed too often lately. */
    void check(String account, String address) {
        Instant now = clock.instant();
        long wait = Math.max(wait("account:" + account, perAccount, now), wait("address:" + address, perAddress, now));
        if (wait > 0) throw new TooManyAttempts(wait);
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        record("account:" + account, now);
        record("address:" + address, now);
    }

    /** A good password clears the account's count; the address's stays, as it may be trying others. */
    void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private void record(String key, Instant now) {
        if (failures.size() > MAX_KEYS) forgetQuiet(now);
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Seconds until the key may try again; 0 when it may now. */
    private long wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return 0;
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) return 0;
            Instant free = times.toArray(new Instant[0])[times.size() - limit].plus(window);
            return Math.max(1, Duration.between(now, free).toSeconds() + 1);
        }
    }

    /** Drops keys with no failure in the window: a flood of made-up names must not fill the memory. */
    private void forgetQuiet(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) times.removeFirst();
    }
}
