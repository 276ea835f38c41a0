package dateline.store;

import dateline.story.StoreFailure;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Where a database failure becomes the store's {@link StoreFailure}, naming what could not be done. */
final class StoreCalls {
    private StoreCalls() {}

    /** Work on a handle of its own, outside a transaction. */
    static <T> T read(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new StoreFailure("store: unable to " + what, e);
        }
    }

    /** Work in one transaction: all of it is stored, or none. */
    static <T> T write(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw new StoreFailure("store: unable to " + what, e);
        }
    }
}
