/**
 * The newsroom in the browser: login and password pages, the desk (lists of drafts, embargoed
 * and published stories), the editor form (paste wire copy, review the fields, preview), the
 * actions on a story, its revisions with a diff between any two, and the admin pages (users,
 * audit log). Every page works without script; every form carries the session's CSRF token.
 * Handlers call {@link dateline.story.Newsroom} and {@link dateline.auth.Accounts}, as the
 * newsroom API does.
 */
package dateline.web.newsroom;
