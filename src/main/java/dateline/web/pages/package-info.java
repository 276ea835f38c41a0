/** One small class per reader page, each turning what a service returned into a view for its template. */
package dateline.web.pages;
