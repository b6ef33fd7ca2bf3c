-- Tasks that are not the roster's own occurrence of a chore: ONE_OFF ("do it today": a chore once more on a day) and
-- MAINTENANCE (a cycle of an appliance's maintenance from inventory-service; chore_id then holds the maintenance task
-- id, since there is no chore row). A chore has at most one roster occurrence and one one-off per day; a maintenance
-- cycle (maintenance task id + its due date) has at most one task.
ALTER TABLE tasks
  ADD COLUMN origin       VARCHAR(12) NOT NULL DEFAULT 'ROSTER',
  ADD COLUMN external_ref VARCHAR(64) NULL,
  ADD COLUMN external_due DATE        NULL,
  DROP INDEX ux_tasks_occurrence,
  ADD UNIQUE KEY ux_tasks_occurrence (chore_id, task_date, origin),
  ADD UNIQUE KEY ux_tasks_external (household_id, external_ref, external_due);
