-- Reminders of an appointment to the contact its booking gave, and to LINE users who asked in the chat
-- (notify/AppointmentReminders, LineAppointments): the contact becomes a
-- follower of the appointment, on SMS for a mobile number or by e-mail, and each reminder is a notice to it. The
-- follower's address is cleared once the appointment is over; the appointment's contact by its own retention purge.
alter table ticket_follower add column appointment_id bigint references appointment (id);
alter table ticket_follower drop constraint ticket_follower_check;
alter table ticket_follower add constraint ticket_follower_subject
    check (num_nonnulls(ticket_id, complaint_id, appointment_id) = 1
           and (ticket_id is null) = (service_point_id is null)
           and (ticket_id is null or business_day is not null));
alter table ticket_follower drop constraint ticket_follower_channel_check;
alter table ticket_follower add constraint ticket_follower_channel_check
    check (channel in ('LINE', 'WEB_PUSH', 'SMS', 'EMAIL'));
create unique index ticket_follower_appointment_once on ticket_follower (appointment_id, channel, md5(address))
    where stopped_at is null and appointment_id is not null;
create index ticket_follower_appointment on ticket_follower (appointment_id) where address is not null;

drop trigger ticket_follower_agency on ticket_follower;
create trigger ticket_follower_agency before insert on ticket_follower for each row
    execute function agency_of_parent('ticket', 'ticket_id', 'complaint', 'complaint_id', 'appointment', 'appointment_id');

alter table notice add column appointment_id bigint references appointment (id);
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check
    check (kind in ('LINKED', 'CALL_AHEAD', 'CALLED', 'TRANSFERRED', 'SURVEY', 'COMPLAINT_STATUS', 'REMINDER'));
drop trigger notice_agency on notice;
create trigger notice_agency before insert on notice for each row
    execute function agency_of_parent('ticket', 'ticket_id', 'complaint', 'complaint_id', 'appointment', 'appointment_id');

-- the reminder job's look-ahead, across agencies: booked appointments by start
create index appointment_to_remind on appointment (slot_start) where status = 'BOOKED';
create index notice_appointment on notice (appointment_id, dedupe_key) where appointment_id is not null;
