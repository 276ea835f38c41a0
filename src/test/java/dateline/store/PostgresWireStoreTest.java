package dateline.store;

class PostgresWireStoreTest extends WireStoreContract {
    @Override
    SqlStoryStore openStore() { return TestStores.postgres(); }
}
