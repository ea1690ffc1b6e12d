-- Issue 15, first slice: the mail outbox and email verification.

-- A mail waits here from the transaction that asked for it until an SMTP server accepted it, so a restart or a
-- mail server outage loses nothing; senders claim due rows with FOR UPDATE SKIP LOCKED (mail/OutboxSender).
create table mail_outbox (
    id          uuid primary key,
    kind        text        not null,             -- the template, e.g. verify-email
    user_id     uuid,                             -- whom it is about, for the audit; no FK: the mail outlives a deletion
    recipient   text        not null,
    subject     text,
    text_body   text,                             -- erased once sent or failed: a body may hold a link's token
    html_body   text,
    status      text        not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts    integer     not null default 0,
    created_at  timestamptz not null,
    due_at      timestamptz not null,
    sent_at     timestamptz,
    last_error  text
);
create index mail_outbox_due on mail_outbox (due_at) where status = 'pending';

-- Nobody's address was proven before this migration. The settings operator wrote its own login into the
-- configuration, so it counts as verified; LDAP users take gatehouse.backends.ldap.email-verified at their next login.
alter table users add column email_verified boolean not null default false;
update users set email_verified = true where provisioned_by = 'settings';

-- A mailed verification link: only the SHA-256 of its token is stored; it proves the address it was sent to.
create table email_verifications (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  bytea       not null unique,
    email       text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index email_verifications_user on email_verifications (user_id, created_at);
