-- Whether a customer is still there (io.attune.widget.presence): when a live connection of theirs was last
-- seen (set on connect, subscribe, each message and disconnect, and refreshed while a connection stays open by
-- the instance holding it), and when a waiting conversation was set aside because nobody had been connected for
-- attune.widget.presence.timeout. Such a conversation is out of the agents' queue and the wait estimate until
-- its customer connects again. Every instance shares these columns: no instance needs to know another's sockets.
ALTER TABLE conversations ADD COLUMN customer_seen_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE conversations ADD COLUMN abandoned_at TIMESTAMP(6) WITH TIME ZONE;
