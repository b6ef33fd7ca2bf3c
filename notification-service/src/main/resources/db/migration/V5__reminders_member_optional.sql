-- A reminder goes to its task's assignee at the time it is sent (tasks.assignee_member_id), as the sender always did;
-- the copy of the assignee on each reminder only made every move of a task rewrite both of its reminders (issue #14:
-- ~170 of ~1 000 statements per new household of five, bench/results/pipeline-cost.md). This release no longer writes
-- it. The column stays, nullable, while replicas of the previous release (which still write it) may run beside this
-- one in a rolling update; the release after drops it.
ALTER TABLE reminders MODIFY member_id CHAR(36) NULL;
