-- The per-recipient cap on form-triggered emails counts, when an email is queued, what went to the same address in
-- the last hour.
create index outgoing_email_recipient_time on outgoing_email (lower(recipient), created_at);
