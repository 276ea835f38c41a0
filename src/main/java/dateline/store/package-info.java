/**
 * The store: {@link dateline.story.StoryStore} over SQL, for the embedded SQLite file and for
 * PostgreSQL, with their few differences in {@link dateline.store.Dialect}. Owns the schema
 * (Flyway migrations in {@code db/migration}) and every line of SQL in the program: the
 * newsroom's accounts, sessions and audit log ({@link dateline.store.SqlAccountStore}) live in
 * the same database, so one backup holds everything.
 */
package dateline.store;
