/**
 * The web: the only package that knows Javalin. One route table ({@link dateline.web.Routes}),
 * one error mapper, reader pages in {@code pages}, the newsroom's pages in {@code newsroom} and
 * the API in {@code api}. Routes that name an {@link dateline.web.Access} are behind the
 * {@link dateline.web.Gate} (API token or session with CSRF, and the role). Handlers read
 * parameters, call one service and render; rendered pages are cached against the change log.
 */
package dateline.web;
