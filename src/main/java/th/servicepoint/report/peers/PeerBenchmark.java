package th.servicepoint.report.peers;

import java.util.List;

/**
 * The agency's figures beside anonymous peers: the other active agencies of its class. Aggregates only: no peer is
 * named, listed or counted figure by figure below {@code minPeers}.
 *
 * @param agencyClass PAO, CITY, TOWN, SUBDISTRICT_MUNICIPALITY, SAO or OTHER
 * @param peers the other active agencies of the class
 * @param minPeers under this many peers having a figure, the figure is not compared (its reason says so)
 * @param asOf how current the compared figures are: kept per fiscal period and computed again after each queue fold
 */
public record PeerBenchmark(String agencyClass, String classTh, String classEn, long peers, int minPeers,
        List<Figure> figures, AsOf asOf) {

    /** Which way is better for a figure; for the number served, which way is busier. */
    public enum Better {
        HIGHER,
        LOWER
    }

    /**
     * One figure compared.
     *
     * @param item the survey item's code for an ITEM figure, else null
     * @param value the agency's own; null when it has none (the reason says why)
     * @param peersWithFigure how many peers have the figure (only counted, never listed)
     * @param percentile the share of those peers the agency does better than (ties count half), 0–100; null when not
     *        compared
     * @param peerMedian the median of those peers' figures; null when not compared
     * @param reasonTh why the figure is not compared; null when it is
     */
    public record Figure(String code, String item, String labelTh, String labelEn, Better better, Double value, Long n,
            long peersWithFigure, Double percentile, Double peerMedian, String reasonTh, String reasonEn) {

        public boolean compared() {
            return percentile != null;
        }
    }
}
