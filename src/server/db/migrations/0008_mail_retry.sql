-- Mail that could not be sent is tried again later, by a periodic delivery in each app process
-- (src/server/mail/outbox.ts): a refused mail waits longer after each refusal. Null: now.
alter table mail_outbox add column next_attempt_at timestamptz;
create index mail_outbox_pending on mail_outbox (created_at) where sent_at is null;
