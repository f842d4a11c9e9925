package th.servicepoint.security;

/**
 * An administrator deactivated a staff account, fired synchronously in the transaction of that change: the queue
 * (above security) observes it to take the account off any counter it is signed in at.
 */
public record AccountDeactivated(AppUser account, String why) {
}
