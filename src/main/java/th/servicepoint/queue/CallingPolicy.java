package th.servicepoint.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Chooses between the longest-waiting normal ticket and the longest-waiting priority ticket (ELDERLY, DISABLED,
 * PREGNANT, MONK) a counter may serve. Priority tickets get one call in every {@code normalCallsPerPriorityCall + 1};
 * a normal ticket that has waited {@code maxWait} goes first regardless, so neither group starves.
 */
final class CallingPolicy {

    private final int normalCallsPerPriorityCall;
    private final Duration maxWait;

    CallingPolicy(int normalCallsPerPriorityCall, Duration maxWait) {
        this.normalCallsPerPriorityCall = normalCallsPerPriorityCall;
        this.maxWait = maxWait;
    }

    /** Which of the two heads to call; {@code callsSincePriority} null means no priority call was made yet. */
    Optional<Ticket> choose(Optional<Ticket> normal, Optional<Ticket> priority, Integer callsSincePriority,
            Instant now) {
        if (normal.isEmpty() || priority.isEmpty()) {
            return normal.isPresent() ? normal : priority;
        }
        boolean normalStarving = !normal.get().queuedAt.plus(maxWait).isAfter(now);
        boolean priorityTurn = callsSincePriority == null || callsSincePriority >= normalCallsPerPriorityCall;
        return priorityTurn && !normalStarving ? priority : normal;
    }

    /** The counter's new count after calling {@code called}. */
    static Integer afterCall(Ticket called, Integer callsSincePriority) {
        if (called.priority != Priority.NORMAL) {
            return 0;
        }
        return callsSincePriority == null ? null : callsSincePriority + 1;
    }
}
