-- V35 added the ticket channel APPOINTMENT (11 letters) to a column of varchar(10) (V1): every check-in failed to
-- insert its ticket. A point version, so that it sorts right after V35 whatever the next feature's migration is numbered.
alter table ticket alter column channel type varchar(16);
