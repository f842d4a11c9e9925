package th.servicepoint.notify;

/** What became of one push message; the channel reports it to the dispatcher as a Delivery. */
enum PushResult {
    SENT,
    GONE,
    FAILED
}
