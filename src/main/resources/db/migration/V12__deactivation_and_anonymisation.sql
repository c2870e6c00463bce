-- When an administrator disabled the person in Keycloak (null while they may sign in): the directory and the
-- person's page say so. Runs unchanged on MySQL 8.4 and MariaDB 11.4.
ALTER TABLE user_account ADD COLUMN deactivated_at DATETIME(6);

-- When the person was anonymised on request (their Keycloak account deleted, their name and contact details
-- replaced here); what they did stays, under an id that no longer names anyone.
ALTER TABLE user_account ADD COLUMN anonymised_at DATETIME(6);
