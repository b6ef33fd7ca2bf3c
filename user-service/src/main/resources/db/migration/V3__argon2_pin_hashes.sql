-- PINs are hashed with the default encoder, now Argon2id: "{argon2}$argon2id$v=19$m=16384,t=2,p=1$salt$hash"
-- is about 105 characters, more than the 100 bcrypt needed.
ALTER TABLE members MODIFY COLUMN pin_hash VARCHAR(200) NULL;
