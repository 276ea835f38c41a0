/**
 * Measuring the copy parser: reads hand-made gold annotations (the corpus's {@code NN.gold.json})
 * and scores a {@link dateline.copy.ParsedCopy} against them field by field, under the corpus
 * README's conventions, into a {@link dateline.copy.eval.Scorecard} printed as a table or JSON.
 *
 * <p>Pure like the parser it measures: JSON text in, figures out; the {@code eval-copy} command
 * does the reading of files. Owns no data beyond the scores of one run.
 */
package dateline.copy.eval;

import dateline.copy.ParsedCopy;
