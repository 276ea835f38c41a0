package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server and an import, or two imports, may open one new store file at the same moment: each
 * must get a migrated store, never "database is locked" (CI saw that once from two imports).
 */
class SqliteOpeningTest {
    @TempDir Path dir;

    @RepeatedTest(5)
    void manyOpeningsOfOneNewFileAtOnceAllSucceed() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("data/dateline.db");
        int openers = 6;
        CyclicBarrier start = new CyclicBarrier(openers);
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < openers; i++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    try (SqlStoryStore store = SqlStoryStore.open(url)) {
                        return (int) store.headSeq();
                    }
                }));
            }
            for (Future<Integer> each : opened) assertThat(each.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
