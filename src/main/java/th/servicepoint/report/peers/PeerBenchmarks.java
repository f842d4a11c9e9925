package th.servicepoint.report.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.peers.AgencyFigures.ItemFigure;
import th.servicepoint.report.peers.PeerBenchmark.Better;
import th.servicepoint.report.peers.PeerBenchmark.Figure;
import th.servicepoint.report.scoring.ReportSettings;

/**
 * Compares an agency's figures with its peers' (docs/report-method.md, "Peer benchmarks"): for each figure, the share
 * of peers it does better than and the peers' median, among the peers that have the figure, and only when at least
 * {@code servicepoint.report.peer-min-agencies} of them do. A survey figure counts, for the agency and for each peer,
 * only from the answers the report itself needs before it shows a score (DOMAIN.md).
 */
@ApplicationScoped
public class PeerBenchmarks {

    private final AgencyFiguresQuery figures;
    private final KeptAgencyFigures kept;
    private final ReportSettings settings;

    PeerBenchmarks(AgencyFiguresQuery figures, KeptAgencyFigures kept, ReportSettings settings) {
        this.figures = figures;
        this.kept = kept;
        this.settings = settings;
    }

    /**
     * The benchmark of the agency for the period, from the kept figures of its fiscal period ({@link #keptPeriodOf}, the
     * missing ones kept first); null when the agency is not an active one, or the period is a custom one that is not
     * a fiscal half so far.
     */
    public PeerBenchmark of(ReportPeriod period, long agency) {
        ReportPeriod keptPeriod = keptPeriodOf(period);
        if (keptPeriod == null) {
            return null;
        }
        kept.keepMissing(keptPeriod);
        List<AgencyFigures> sameClass = figures.sameClassAs(keptPeriod, agency);
        AgencyFigures own = sameClass.stream().filter(f -> f.agencyId() == agency).findFirst().orElse(null);
        if (own == null) {
            return null;
        }
        List<AgencyFigures> peers = sameClass.stream().filter(f -> f.agencyId() != agency).toList();
        return compare(own, peers, settings.peerMinAgencies());
    }

    /**
     * The kept period a report period compares in: a fiscal half or year itself; for a custom range from a half's first
     * day to a day within it (the executive screen's "this half so far"), the half, whose kept figures count its days
     * through the last fold (the benchmark's asOf says which); for any other custom range none. Only fiscal periods are
     * kept, and computing every peer's figures of any range of days on a request is what took a minute at national
     * size.
     */
    static ReportPeriod keptPeriodOf(ReportPeriod period) {
        if (period.kind() != ReportPeriod.Kind.CUSTOM) {
            return period;
        }
        ReportPeriod half = ReportPeriod.halfContaining(period.start());
        boolean soFar = half.firstDay().equals(period.firstDay()) && !period.endExclusive().isAfter(half.endExclusive());
        return soFar ? half : null;
    }

    /** Pure: the comparison of {@code own} with {@code peers}. */
    static PeerBenchmark compare(AgencyFigures own, List<AgencyFigures> peers, int minPeers) {
        List<Figure> compared = new ArrayList<>();
        compared.add(figure("SERVED", null, "จำนวนผู้รับบริการ (ราย)", "Visitors served", Better.HIGHER, own, peers,
                f -> f.served() == 0 ? null : (double) f.served(), AgencyFigures::served, minPeers));
        compared.add(figure("WAIT_MEDIAN", null, "เวลารอ มัธยฐาน (นาที)", "Waiting time, median (minutes)", Better.LOWER,
                own, peers, AgencyFigures::waitMedian, AgencyFigures::waitN, minPeers));
        compared.add(figure("WAIT_MEAN", null, "เวลารอ เฉลี่ย (นาที)", "Waiting time, mean (minutes)", Better.LOWER, own,
                peers, AgencyFigures::waitMean, AgencyFigures::waitN, minPeers));
        compared.add(figure("WITHIN_STANDARD", null, "ให้บริการเสร็จภายในเวลามาตรฐานที่ประกาศ (%)",
                "Served within the published standard time (%)", Better.HIGHER, own, peers,
                AgencyFigures::withinStandardPercent, AgencyFigures::standardN, minPeers));
        compared.add(figure("EIT", null, "คะแนน EIT คาดการณ์", "Projected EIT", Better.HIGHER, own, peers,
                f -> f.projectedEit() == null ? null : f.projectedEit().score(),
                f -> f.projectedEit() == null ? 0 : f.projectedEit().n(), minPeers));
        for (String code : itemCodes(own)) {
            compared.add(figure("ITEM", code, "คะแนนข้อ " + code, "Item " + code + " score", Better.HIGHER, own, peers,
                    f -> item(f, code) == null ? null : item(f, code).score(),
                    f -> item(f, code) == null ? 0 : item(f, code).n(), minPeers));
        }
        compared.add(figure("COMPLAINT_CLOSE_DAYS", null, "ระยะเวลาปิดเรื่องร้องเรียน มัธยฐาน (วัน)",
                "Days to close a complaint, median", Better.LOWER, own, peers, AgencyFigures::closeMedianDays,
                AgencyFigures::complaintsClosed, minPeers));
        List<AgencyFigures> all = new ArrayList<>(peers);
        all.add(own);
        return new PeerBenchmark(own.agencyClass(), classTh(own.agencyClass()), classEn(own.agencyClass()),
                peers.size(), minPeers, compared, AsOf.oldest(all));
    }

    private static Set<String> itemCodes(AgencyFigures own) {
        Set<String> codes = new LinkedHashSet<>();
        own.items().forEach(item -> codes.add(item.code()));
        return codes;
    }

    private static ItemFigure item(AgencyFigures figures, String code) {
        return figures.items().stream().filter(item -> item.code().equals(code)).findFirst().orElse(null);
    }

    private static Figure figure(String code, String item, String labelTh, String labelEn, Better better,
            AgencyFigures own, List<AgencyFigures> peers, Function<AgencyFigures, Double> value,
            Function<AgencyFigures, Number> n, int minPeers) {
        Double mine = value.apply(own);
        long ownN = n.apply(own).longValue();
        double[] theirs = peers.stream().map(value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted()
                .toArray();
        if (mine == null) {
            return new Figure(code, item, labelTh, labelEn, better, null, ownN, theirs.length, null, null,
                    "หน่วยงานยังไม่มีตัวเลขนี้ในรอบนี้ (หรือคำตอบยังไม่พอ)",
                    "The agency has no such figure in the period (or not enough answers yet)");
        }
        if (theirs.length < minPeers) {
            return new Figure(code, item, labelTh, labelEn, better, mine, ownN, theirs.length, null, null,
                    "หน่วยงานประเภทเดียวกันที่มีตัวเลขนี้มีน้อยกว่า " + minPeers + " แห่ง จึงไม่แสดงการเทียบ",
                    "Fewer than " + minPeers + " peers have this figure, so it is not compared");
        }
        return new Figure(code, item, labelTh, labelEn, better, mine, ownN, theirs.length,
                percentile(mine, theirs, better), median(theirs), null, null);
    }

    /** The share of peers the value does better than, ties counting half (a mid-rank percentile), 0–100. */
    static double percentile(double value, double[] peers, Better better) {
        double beaten = Arrays.stream(peers).map(peer -> {
            int order = Double.compare(value, peer);
            if (order == 0) {
                return 0.5;
            }
            return (order > 0) == (better == Better.HIGHER) ? 1 : 0;
        }).sum();
        return 100 * beaten / peers.length;
    }

    /** The middle of the sorted values; the mean of the two middle ones for an even count. */
    static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String classTh(String agencyClass) {
        return switch (agencyClass) {
            case "PAO" -> "องค์การบริหารส่วนจังหวัด (อบจ.)";
            case "CITY" -> "เทศบาลนคร (ทน.)";
            case "TOWN" -> "เทศบาลเมือง (ทม.)";
            case "SUBDISTRICT_MUNICIPALITY" -> "เทศบาลตำบล (ทต.)";
            case "SAO" -> "องค์การบริหารส่วนตำบล (อบต.)";
            default -> "หน่วยงานประเภทอื่น";
        };
    }

    static String classEn(String agencyClass) {
        return switch (agencyClass) {
            case "PAO" -> "Provincial administrative organizations";
            case "CITY" -> "City municipalities";
            case "TOWN" -> "Town municipalities";
            case "SUBDISTRICT_MUNICIPALITY" -> "Sub-district municipalities";
            case "SAO" -> "Sub-district administrative organizations";
            default -> "Other agencies";
        };
    }
}
