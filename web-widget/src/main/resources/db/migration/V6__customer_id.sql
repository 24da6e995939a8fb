-- The browser's customer id (claim cid of the widget's token), the same for every conversation started from that
-- browser, so the console lists a returning customer's earlier conversations. Null for conversations before V6.
ALTER TABLE conversations ADD COLUMN customer_id VARCHAR(36);
CREATE INDEX conversations_customer_idx ON conversations (customer_id, started_at);
