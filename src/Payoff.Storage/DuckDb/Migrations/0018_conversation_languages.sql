-- The languages a workspace's messages are detected among (ISO 639-1 codes joined by commas; NULL: the default four).
ALTER TABLE conversation_settings ADD COLUMN languages VARCHAR;
