package dateline.story;

/** The store could not do what was asked: the message says "store: unable to <verb> <noun>". */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) { super(message, cause); }
}
