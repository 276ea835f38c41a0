/**
 * Copy from outside into stories: files of raw wire copy (ours or other agencies'), read
 * through {@code copy}'s parser and filed through the story service in batches.
 */
package dateline.ingest;
