/**
 * Understanding raw wire copy: turns the text of a story, as an agency or a scraper left it,
 * into its structure (headline, standfirst, dateline, paragraphs and subheadings), the direct
 * quotes with their speakers, and the people, places and organisations it is about.
 *
 * <p>Pure functions: no I/O, no shared mutable state; of Dateline it knows only the domain's
 * records in {@code story}, which it produces. Callers hand in text (or bytes through
 * {@link dateline.copy.CopyText}) to {@link dateline.copy.CopyParser} and get a
 * {@link dateline.copy.ParsedCopy} back, or a {@link dateline.copy.CopyRejected} that says what
 * is wrong and where. Those four are the package's API; the rooms below are its machinery
 * (public only so that the rooms can reach each other, as in jte's {@code gg.jte.runtime}).
 *
 * <h2>Reading map, in the order a story goes through</h2>
 * <ol>
 *   <li>{@code text}: the raw material every stage shares: {@code Whitespace} as copy uses it,
 *       {@code Tokenizer} and {@code Token} (one pass, no regular expressions), {@code Segment}
 *       (a tokenized headline, standfirst or paragraph).</li>
 *   <li>{@code lexicon}: what the parser knows before it reads: word lists bundled under
 *       {@code src/main/resources/dateline/copy/} (each with a header saying where it came
 *       from), read by {@code BundledList}; places and organisations ({@code Lexicon}), given
 *       names and titles, reporting verbs, head words; and the archive's confirmed entities
 *       ({@code KnownEntities}).</li>
 *   <li>{@code layout}: the page. {@code BlockSplitter} cuts the text into blocks and drops
 *       page chrome ({@code ChromeLine}, {@code EndMatter}, {@code Furniture}; agencies'
 *       furniture lines are data in {@code furniture-lines.txt}); {@code StoryLayout} decides
 *       headline, standfirst, subheadings and paragraphs around the dateline that
 *       {@code DatelineReader} reads.</li>
 *   <li>{@code names}: who and what the story names. {@code EntityFinder} reads capitalised runs
 *       ({@code NameRuns}, {@code NameReader} making each a {@code Candidate}, with the cues around
 *       them in {@code NameCues})
 *       and merges short forms into full names ({@code EntityBook}).</li>
 *   <li>{@code quotes}: who said what. {@code QuoteFinder} takes spans from
 *       {@code QuoteScanner}, drops scare quotes, finds the attributing words
 *       ({@code AttributionFinder}) and resolves them to a speaker ({@code SpeakerResolver}:
 *       the names in the attribution; {@code SpeakerReferences}: the words that refer without
 *       naming, handed to {@code PersonReferences} for pronouns and role nouns,
 *       {@code BodyReferences} for "it" and "the ministry", {@code Documents},
 *       {@code UnnamedBodies} and {@code UnnamedGroups}; {@code Spoken} keeps who spoke).</li>
 *   <li>{@code eval}: measuring all of the above against hand-made gold files.</li>
 * </ol>
 */
package dateline.copy;
