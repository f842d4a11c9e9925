package th.servicepoint.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.ThaiDates;
import th.servicepoint.security.Role;

@Path("/api/v1/admin/companion")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class CompanionAdminResource {

    /** The agency's notices (row-level security) written since the start of today in Bangkok, by state. */
    private static final String TODAY = "select state, count(*) notices from notice where created_at >= :since"
            + " group by state order by state";

    private final CompanionChannels channels;
    private final LinePushBudget budget;
    private final EntityManager entityManager;
    private final Clock clock;

    CompanionAdminResource(CompanionChannels channels, LinePushBudget budget, EntityManager entityManager,
            Clock clock) {
        this.channels = channels;
        this.budget = budget;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The citizen's companion: channels set up, LINE pushes this month against the budget, and"
            + " today's notices by state (SENT, PENDING, FAILED, OVER_BUDGET, GONE)")
    public CompanionStatus status() {
        List<CompanionStatus.ChannelState> states = Arrays.stream(FollowerChannel.values())
                .map(kind -> new CompanionStatus.ChannelState(kind,
                        channels.of(kind).map(CompanionChannel::configured).orElse(false)))
                .toList();
        int used = budget.used();
        return new CompanionStatus(states, used, budget.budget(), used >= budget.budget(), today());
    }

    private List<CompanionStatus.NoticeCount> today() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(TODAY, Tuple.class)
                .setParameter("since", day.atStartOfDay(ThaiDates.BANGKOK).toInstant()).getResultList();
        return rows.stream().map(row -> new CompanionStatus.NoticeCount(row.get("state", String.class),
                row.get("notices", Number.class).longValue())).toList();
    }
}
