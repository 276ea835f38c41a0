/** The commands of {@code dateline} (see {@link dateline.Main}): one class each, I/O only. */
package dateline.cli;
