package th.servicepoint.notify;

/** PLACEHOLDER of the lead's contract (issue 18), replaced by main's file at the merge. */
public enum FollowerChannel {
    LINE,
    WEB_PUSH,
    SMS
}
