package dateline.auth;

/** A user just made (or reset) and their one-time password, shown once and never kept. */
public record NewUser(User user, String oneTimePassword) {}
