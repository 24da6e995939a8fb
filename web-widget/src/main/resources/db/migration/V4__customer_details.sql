-- What the customer tells us about themselves (io.attune.widget.customer.CustomerProfiles): the email they gave
-- when asking for a person or leaving a message. Their name is conversations.customer_name (V1).
ALTER TABLE conversations ADD COLUMN customer_email VARCHAR(254);
