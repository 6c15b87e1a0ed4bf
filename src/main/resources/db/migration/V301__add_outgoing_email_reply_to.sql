-- Where replies to an email go, when not to the sender: a cohort message asks for replies to the programme's contact.
alter table outgoing_email add column reply_to text;
