/**
 * The web: the only package that knows Javalin. One route table ({@link dateline.web.Routes}),
 * one error mapper, reader pages in {@code pages} and the API in {@code api}. Handlers read
 * parameters, call one service and render; rendered pages are cached against the change log.
 */
package dateline.web;
