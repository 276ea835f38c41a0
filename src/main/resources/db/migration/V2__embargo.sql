-- Drafts and embargoed stories live in the same table as published ones (status 'draft',
-- 'scheduled'); a scheduled story is released at embargo_until (epoch milliseconds, UTC) by
-- the scheduler, which finds what is due through the index below.
ALTER TABLE stories ADD COLUMN embargo_until BIGINT;

CREATE INDEX stories_embargo_due ON stories (status, embargo_until);
