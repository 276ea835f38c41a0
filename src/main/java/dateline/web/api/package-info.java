/** The JSON API for wire clients, one class per resource; each endpoint's Javadoc has a curl example. */
package dateline.web.api;
