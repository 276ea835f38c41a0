package dateline.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the newsroom does to stories: drafts, edits, publishes, corrects, embargoes and withdraws
 * them, and releases embargoes when they end. Each call checks the story's status, the actor's
 * right and the caller's version, then makes one write through {@link StoryService} (one
 * transaction: current row, revision with its author and note, change log, audit log).
 */
public final class Newsroom {
    static final int MAX_NOTE = 1_000;
    private final StoryService stories;
    private final Clock clock;
    private final ZoneId zone;
    private final String agency;
    private final StructureReader structure;

    /**
     * @param zone      the agency's zone: a dateline carries the filing day there
     * @param agency    the agency's name as its datelines print it ({@code /DTL/})
     * @param structure finds the quotes and entities of what editors write
     */
    public Newsroom(StoryService stories, Clock clock, ZoneId zone, String agency, StructureReader structure) {
        this.stories = stories;
        this.clock = clock;
        this.zone = zone;
        this.agency = agency;
        this.structure = structure;
    }

    /** A new story, version 1, seen by staff only until it is published or embargoed. */
    public Story createDraft(EditorFields fields, Actor actor) {
        Instant now = stories.now();
        StoryContent content = checked(fields, LocalDate.ofInstant(now, zone));
        Story draft = new Story(StoryIds.next(clock.instant()), Slugs.of(content.headline()), 1, Status.DRAFT, content,
                now, now, null, 0);
        return stories.commit(new StoryStore.Write(draft, ChangeKind.DRAFTED, 0, null, actor.name(), null));
    }

    /** A new text of a story, in whatever status it is; a reporter may only edit drafts. */
    public Story edit(String id, int basedOn, EditorFields fields, Actor actor) {
        Story current = stories.current(id, basedOn);
        if (current.status() == Status.WITHDRAWN) throw new WrongStatus("story " + id + " is withdrawn: it can no longer be edited");
        if (current.status() != Status.DRAFT && !actor.mayPublish()) {
            throw new NotPermitted("a reporter may edit drafts only; story " + id + " is " + current.status().wireName());
        }
        StoryContent content = checked(fields, datelineDay(current));
        ChangeKind kind = switch (current.status()) {
            case DRAFT -> ChangeKind.DRAFTED;
            case SCHEDULED -> ChangeKind.EMBARGOED;
            default -> ChangeKind.UPDATED;
        };
        return write(current, current.status(), content, current.firstCreated(), current.embargoUntil(), kind, actor, null);
    }

    /** Makes a draft (or an embargoed story, at once) public. */
    public Story publish(String id, int basedOn, Actor actor) {
        Story current = editorial(id, basedOn, actor, "publish");
        if (current.status() != Status.DRAFT && current.status() != Status.SCHEDULED) {
            throw new WrongStatus("story " + id + " is " + current.status().wireName() + ": only a draft or an embargoed story can be published");
        }
        Instant now = stories.now();
        return write(current, Status.PUBLISHED, current.content(), now, null, ChangeKind.PUBLISHED, actor, null);
    }

    /** A correction of a published story: new text (or the same) and a note readers see on the article. */
    public Story correct(String id, int basedOn, EditorFields fields, String note, Actor actor) {
        Story current = editorial(id, basedOn, actor, "correct");
        String checkedNote = note(note);
        if (current.status() != Status.PUBLISHED) {
            throw new WrongStatus("story " + id + " is " + current.status().wireName() + ": only a published story can be corrected");
        }
        StoryContent content = fields == null ? current.content() : checked(fields, datelineDay(current));
        return write(current, Status.PUBLISHED, content, current.firstCreated(), null, ChangeKind.CORRECTED, actor, checkedNote);
    }

    /** Holds a draft (or moves an embargo) until {@code until}, when the scheduler releases it. */
    public Story embargo(String id, int basedOn, Instant until, Actor actor) {
        Story current = editorial(id, basedOn, actor, "embargo");
        if (until == null) throw new InvalidInput("until: required, ISO 8601 with an offset");
        if (!until.isAfter(clock.instant())) throw new InvalidInput("until: must be in the future, got " + until);
        if (current.status() != Status.DRAFT && current.status() != Status.SCHEDULED) {
            throw new WrongStatus("story " + id + " is " + current.status().wireName() + ": only a draft can be embargoed");
        }
        return write(current, Status.SCHEDULED, current.content(), current.firstCreated(),
                until.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ChangeKind.EMBARGOED, actor, null);
    }

    /** Takes a story back; its article answers 410 Gone with the note. */
    public Story withdraw(String id, int basedOn, String note, Actor actor) {
        Story current = editorial(id, basedOn, actor, "withdraw");
        String checkedNote = note(note);
        if (current.status() == Status.WITHDRAWN) throw new WrongStatus("story " + id + " is already withdrawn");
        return write(current, Status.WITHDRAWN, current.content(), current.firstCreated(), null, ChangeKind.WITHDRAWN,
                actor, checkedNote);
    }

    /**
     * Publishes every embargoed story whose time has come; returns how many. A story changed
     * by an editor at the same instant is left for the next round.
     */
    public int releaseDue() {
        int released = 0;
        for (Story due : stories.dueForRelease(clock.instant(), 100)) {
            try {
                write(due, Status.PUBLISHED, due.content(), stories.now(), null, ChangeKind.EMBARGO_RELEASED,
                        new Actor("scheduler", true), null);
                released++;
            } catch (VersionConflict e) {
                // Edited while we read it: the next round sees the new version.
            }
        }
        return released;
    }

    /** The editor's fields of a story's current version. */
    public EditorFields fields(Story story) {
        return EditorFields.of(story.content());
    }

    private Story editorial(String id, int basedOn, Actor actor, String action) {
        if (!actor.mayPublish()) throw new NotPermitted("a reporter may not " + action + " stories; ask an editor");
        return stories.current(id, basedOn);
    }

    private Story write(Story current, Status status, StoryContent content, Instant firstCreated, Instant embargoUntil,
                        ChangeKind kind, Actor actor, String note) {
        Story next = new Story(current.id(), Slugs.of(content.headline()), current.version() + 1, status, content,
                firstCreated, stories.now(), embargoUntil, 0);
        return stories.commit(new StoryStore.Write(next, kind, current.version(), null, actor.name(), note));
    }

    private StoryContent checked(EditorFields fields, LocalDate day) {
        List<String> problems = new ArrayList<>(fields.problems());
        StoryContent content = fields.content(day, agency);
        try {
            stories.check(content);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
        return structure.read(content);
    }

    /** A story keeps the day it was filed in its dateline, whatever is edited later. */
    private LocalDate datelineDay(Story story) {
        DatelineInfo dateline = story.content().dateline();
        return dateline != null && dateline.date() != null ? dateline.date() : LocalDate.ofInstant(story.firstCreated(), zone);
    }

    private static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) throw new InvalidInput("note: required, the notice readers see");
        if (text.length() > MAX_NOTE) throw new InvalidInput("note: at most " + MAX_NOTE + " characters");
        return text;
    }
}
