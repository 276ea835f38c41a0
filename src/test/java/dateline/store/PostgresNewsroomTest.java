package dateline.store;

class PostgresNewsroomTest extends NewsroomContract {
    @Override
    SqlStoryStore openStore() { return TestStores.postgres(); }
}
