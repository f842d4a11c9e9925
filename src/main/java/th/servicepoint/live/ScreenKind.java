package th.servicepoint.live;

/** What a connected screen shows; its name in lower case is the {@code kind} tag of the screen gauge. */
enum ScreenKind {
    DISPLAY,
    COUNTER,
    TICKET
}
