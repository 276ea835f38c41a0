/**
 * Who and what a story names: the people, places and organisations, each once in its fullest
 * form with every mention. Entry: {@link dateline.copy.names.EntityFinder}.
 */
package dateline.copy.names;
