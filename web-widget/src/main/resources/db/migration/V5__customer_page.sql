-- Where the customer chats from (io.attune.widget.customer.CustomerPage): the embedding page's path and title and
-- the browser's language, as the widget sent them when it last started or resumed the conversation.
ALTER TABLE conversations ADD COLUMN page_path VARCHAR(200);
ALTER TABLE conversations ADD COLUMN page_title VARCHAR(120);
ALTER TABLE conversations ADD COLUMN customer_language VARCHAR(35);
