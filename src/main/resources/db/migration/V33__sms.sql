-- SMS (issue 18, notify/SmsSignups): how many tickets one number was given for today is counted by the number's keyed
-- hash, across every agency, at each sign-up; without this it would read every SMS follower the retention period keeps.
create index ticket_follower_sms_hash on ticket_follower (address_hash, created_at) where address_hash is not null;
-- an agency's numbers of the day, against servicepoint.notify.sms.numbers-per-agency-per-day
create index ticket_follower_sms_day on ticket_follower (created_at) where channel = 'SMS';
