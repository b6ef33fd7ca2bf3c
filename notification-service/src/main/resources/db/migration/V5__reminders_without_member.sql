-- A reminder goes to its task's assignee at the time it is sent (tasks.assignee_member_id), as the sender always did;
-- the copy of the assignee on each reminder only made every move of a task rewrite both of its reminders (issue #14:
-- ~190 of ~1 300 statements per new household of five, bench/results/pipeline-cost.md).
ALTER TABLE reminders DROP COLUMN member_id;
