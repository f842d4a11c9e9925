package th.servicepoint.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the next ticket among three heads: the longest-waiting normal ticket, the longest-waiting priority ticket
 * (ELDERLY, DISABLED, PREGNANT, MONK) and the appointment whose slot starts first. Between walk-ins, priority tickets get
 * one call in every {@code normalCallsPerPriorityCall + 1}, and a normal ticket that has waited {@code maxWait} goes
 * first regardless. An appointment goes ahead of walk-ins once its slot has started, unless a walk-in has waited
 * {@code maxWait}: so neither group starves. Before its slot, an appointment is called only by a counter with no
 * walk-in waiting. Appointment calls leave the priority count as it was.
 */
final class CallingPolicy {

    private final int normalCallsPerPriorityCall;
    private final Duration maxWait;

    CallingPolicy(int normalCallsPerPriorityCall, Duration maxWait) {
        this.normalCallsPerPriorityCall = normalCallsPerPriorityCall;
        this.maxWait = maxWait;
    }

    /** Which of the heads to call; {@code callsSincePriority} null means no priority call was made yet. */
    Optional<Ticket> choose(Heads heads, Integer callsSincePriority, Instant now) {
        Optional<Ticket> walkIn = chooseWalkIn(heads.normal(), heads.priority(), callsSincePriority, now);
        if (heads.appointment().isEmpty() || walkIn.isEmpty()) {
            return walkIn.isPresent() ? walkIn : heads.appointment();
        }
        boolean due = !heads.appointment().get().appointmentAt.isAfter(now);
        boolean walkInStarving = starving(heads.normal(), now) || starving(heads.priority(), now);
        return due && !walkInStarving ? heads.appointment() : walkIn;
    }

    private Optional<Ticket> chooseWalkIn(Optional<Ticket> normal, Optional<Ticket> priority,
            Integer callsSincePriority, Instant now) {
        if (normal.isEmpty() || priority.isEmpty()) {
            return normal.isPresent() ? normal : priority;
        }
        boolean priorityTurn = callsSincePriority == null || callsSincePriority >= normalCallsPerPriorityCall;
        return priorityTurn && !starving(normal, now) ? priority : normal;
    }

    private boolean starving(Optional<Ticket> head, Instant now) {
        return head.isPresent() && !head.get().queuedAt.plus(maxWait).isAfter(now);
    }

    /**
     * The order in which a counter would call these tickets if it called them all now, one after the other: the same
     * {@link #choose} and {@link #afterCall} as call-next, applied to the heads in turn. Walk-ins must be in arrival
     * order ({@code queuedAt}, then id), appointments in slot order (then arrival), as the heads call-next reads are.
     */
    List<Ticket> order(List<Ticket> normal, List<Ticket> priority, List<Ticket> appointments,
            Integer callsSincePriority, Instant now) {
        Deque<Ticket> normals = new ArrayDeque<>(normal);
        Deque<Ticket> priorities = new ArrayDeque<>(priority);
        Deque<Ticket> booked = new ArrayDeque<>(appointments);
        List<Ticket> order = new ArrayList<>(normal.size() + priority.size() + appointments.size());
        Integer calls = callsSincePriority;
        while (!normals.isEmpty() || !priorities.isEmpty() || !booked.isEmpty()) {
            Ticket next = choose(new Heads(normals.peekFirst(), priorities.peekFirst(), booked.peekFirst()), calls, now)
                    .orElseThrow();
            (next.appointmentAt != null ? booked : next.priority == Priority.NORMAL ? normals : priorities)
                    .removeFirst();
            order.add(next);
            calls = afterCall(next, calls);
        }
        return order;
    }

    /** The counter's new count after calling {@code called}. */
    static Integer afterCall(Ticket called, Integer callsSincePriority) {
        if (called.appointmentAt != null) {
            return callsSincePriority;
        }
        if (called.priority != Priority.NORMAL) {
            return 0;
        }
        return callsSincePriority == null ? null : callsSincePriority + 1;
    }

    /** The first ticket of each kind a counter may call, any of them absent. */
    record Heads(Optional<Ticket> normal, Optional<Ticket> priority, Optional<Ticket> appointment) {

        Heads(Ticket normal, Ticket priority, Ticket appointment) {
            this(Optional.ofNullable(normal), Optional.ofNullable(priority), Optional.ofNullable(appointment));
        }
    }
}
