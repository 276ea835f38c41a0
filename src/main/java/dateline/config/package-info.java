/**
 * The one table of settings: each with a default, a command-line flag and a DATELINE_*
 * environment variable, validated together at start so an operator sees every problem at once.
 * Nothing outside this package reads the environment.
 */
package dateline.config;
