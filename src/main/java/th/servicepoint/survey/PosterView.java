package th.servicepoint.survey;

import java.time.Instant;

/** A counter's working poster: the link its QR code carries. */
public record PosterView(CounterRef counter, String url, Instant createdAt) {

    public record CounterRef(long id, int number, String name, String servicePoint) {
    }
}
