-- Every token carries the generation of its account's sign-in (claim "tgen"); a password reset moves
-- the account to the next generation, so the tokens issued before it are refused at once, whatever
-- their remaining life. Tokens issued before this migration carry none and count as generation 0.
ALTER TABLE account ADD COLUMN token_generation INT NOT NULL DEFAULT 0;
