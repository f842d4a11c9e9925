-- Data retention (PDPA, see deploy/README.md): the nightly purge (servicepoint.retention) clears what ties a record to
-- a person once it is no longer needed, and keeps the rows the reports count. A ticket's tracking token and its survey
-- invitation's token become NULL some time after the ticket's business day; a closed complaint's contact becomes NULL
-- some time after it was closed, and contact_removed_at tells staff it was removed rather than never given.

alter table ticket alter column tracking_token drop not null;
alter table survey_invitation alter column token drop not null;
alter table complaint add column contact_removed_at timestamptz;

-- What each purge still has to visit. After the first run these hold only the rows of the last weeks (tickets,
-- invitations) or the closed complaints still within their period, so the nightly run does not walk the millions of
-- rows it has already cleared. A complaint's status only moves forward, so a closed complaint's updated_at is when it
-- was closed.
create index ticket_tracking_token_kept on ticket (business_day) where tracking_token is not null;
create index survey_invitation_token_kept on survey_invitation (created_at) where token is not null;
create index complaint_contact_kept on complaint (updated_at) where contact is not null and status = 'CLOSED';
