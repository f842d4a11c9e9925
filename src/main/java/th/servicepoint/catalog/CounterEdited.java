package th.servicepoint.catalog;

import th.servicepoint.site.Counter;

/**
 * An administrator created or edited a counter (its number, name, services), fired synchronously in that transaction:
 * the queue (above the catalog) observes it to tell the screens.
 */
public record CounterEdited(Counter counter) {
}
