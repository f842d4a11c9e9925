package th.servicepoint.notify;

/** Fired in a transaction that wrote notices or call-ahead checks: once it commits, this instance sends them. */
record NoticesQueued() {
}
