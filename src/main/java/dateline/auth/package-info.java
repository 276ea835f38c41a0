/**
 * Who may work in the newsroom: staff accounts with a {@link dateline.auth.Role}, bcrypt
 * passwords (one-time ones must be changed at first login), browser sessions with a CSRF
 * token each, personal API tokens, login throttling, and the audit log. Secrets are kept only
 * as digests. {@link dateline.auth.Accounts} is the entry; the {@link dateline.auth.AccountStore}
 * is implemented in {@code store}.
 */
package dateline.auth;
