package th.servicepoint.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    /**
     * The order in which a counter would call these tickets if it called them all now, one after the other: the same
     * {@link #choose} and {@link #afterCall} as call-next, applied to the heads in turn. Each list must be in arrival
     * order ({@code queuedAt}, then id), as the heads call-next reads are.
     */
    List<Ticket> order(List<Ticket> normal, List<Ticket> priority, Integer callsSincePriority, Instant now) {
        Deque<Ticket> normals = new ArrayDeque<>(normal);
        Deque<Ticket> priorities = new ArrayDeque<>(priority);
        List<Ticket> order = new ArrayList<>(normal.size() + priority.size());
        Integer calls = callsSincePriority;
        while (!normals.isEmpty() || !priorities.isEmpty()) {
            Ticket next = choose(Optional.ofNullable(normals.peekFirst()), Optional.ofNullable(priorities.peekFirst()),
                    calls, now).orElseThrow();
            (next.priority == Priority.NORMAL ? normals : priorities).removeFirst();
            order.add(next);
            calls = afterCall(next, calls);
        }
        return order;
    }

    /** The counter's new count after calling {@code called}. */
    static Integer afterCall(Ticket called, Integer callsSincePriority) {
        if (called.priority != Priority.NORMAL) {
            return 0;
        }
        return callsSincePriority == null ? null : callsSincePriority + 1;
    }
}
