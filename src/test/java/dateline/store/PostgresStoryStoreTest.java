package dateline.store;

class PostgresStoryStoreTest extends StoryStoreContract {
    @Override
    SqlStoryStore openStore() { return TestStores.postgres(); }
}
