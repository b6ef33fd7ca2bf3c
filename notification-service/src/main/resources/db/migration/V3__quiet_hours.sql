-- Quiet hours in the household's zone (may wrap midnight, e.g. 22:00-07:00): e-mail is held until they end.
ALTER TABLE preferences ADD COLUMN quiet_from TIME NULL, ADD COLUMN quiet_until TIME NULL;
