-- A chore's kind: a stable key from ChoreKinds (laundry, futon, bath, windows, ...) that weather recommendations name,
-- so the dashboard can offer "do it today" without guessing from the chore's (editable, bilingual) name.
-- NULL = no kind. Default chores already carry their template's key (default_key), and every template key is a kind,
-- so existing households' default chores get their kind here once.
ALTER TABLE chores ADD COLUMN kind VARCHAR(32) NULL;
UPDATE chores SET kind = default_key WHERE default_key IN
  ('breakfast', 'lunch', 'dinner', 'dishes', 'toilet', 'bath', 'garbage', 'entrance', 'folding', 'laundry', 'rooms');
