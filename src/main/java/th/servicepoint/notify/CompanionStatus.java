package th.servicepoint.notify;

import java.util.List;

/**
 * How the companion is doing, for administrators: which channels are set up, the LINE account's pushes this month
 * against its budget, and the agency's notices by state today (Asia/Bangkok).
 *
 * @param overBudget pushes have stopped for the rest of the month; everything else goes on
 */
public record CompanionStatus(List<ChannelState> channels, int linePushesThisMonth, int lineMonthlyPushBudget,
        boolean overBudget, List<NoticeCount> noticesToday) {

    public record ChannelState(FollowerChannel channel, boolean configured) {
    }

    public record NoticeCount(String state, long notices) {
    }
}
