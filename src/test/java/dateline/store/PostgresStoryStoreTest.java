package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresStoryStoreTest extends StoryStoreContract {
    @Override
    SqlStoryStore openStore() { return TestStores.postgres(); }

    @Test
    void aStoreInAnotherSchemaOfTheSameDatabaseImportsWhileThisOneIsImporting() {
        try (var beside = TestStores.postgresBeside();
             var here = store.tryLockImports().orElseThrow();
             var there = beside.tryLockImports().orElseThrow()) {
            assertThat(store.tryLockImports()).as("this store is still taken").isEmpty();
            assertThat(beside.tryLockImports()).as("the other store is still taken").isEmpty();
        }
    }
}
