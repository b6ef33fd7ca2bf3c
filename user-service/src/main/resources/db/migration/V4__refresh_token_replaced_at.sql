-- When a refresh token was used up by rotation. Only presenting such a token again is a replay (theft);
-- a token revoked otherwise (logout, demotion, removal, device revoked) or merely expired is just refused.
ALTER TABLE refresh_tokens ADD COLUMN replaced_at DATETIME(6) NULL;
