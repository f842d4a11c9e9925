package th.servicepoint.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import th.servicepoint.audit.AuditChainCheck.Break;

/**
 * Verifies the hash chain of the audit trail (V17 migration, docs/records.md). PostgreSQL links every audit row when
 * its transaction commits: link n holds SHA-256(hash of link n-1 || the row's canonical encoding). This recomputes
 * every hash here, from the rows as they are now, instead of trusting the database's own functions, and reports the
 * first place where the chain breaks: a row changed, a row or its link deleted, or a row inserted past the trigger.
 * Rows cut off the end together with their links leave no trace here: compare the last link with one recorded
 * outside the database (docs/records.md).
 */
@ApplicationScoped
public class AuditChain {

    private static final String LAST = "select position, hash from audit_chain order by position desc limit 1";
    private static final String LINKS = """
            select c.position, c.entry_id, c.hash, e.id, e.at, e.actor, e.user_id, e.device_id, e.action,
                e.service_point_id, e.counter_id, e.ticket_id, e.reason, e.detail
            from audit_chain c left join audit_entry e on e.id = c.entry_id
            order by c.position
            """;
    private static final String UNLINKED = """
            select e.id, e.at from audit_entry e
            where not exists (select 1 from audit_chain c where c.entry_id = e.id)
            order by e.id limit 1
            """;
    private static final byte[] GENESIS = new byte[32];
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final int FETCH = 5_000;

    private final DataSource dataSource;
    private final AuditSettings settings;
    private final Clock clock;

    AuditChain(DataSource dataSource, AuditSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Walks the whole chain in one snapshot, so rows committed meanwhile are verified next time, not half now, in a
     * transaction of its own with the longer timeout a whole trail needs.
     */
    public AuditChainCheck verify() {
        return QuarkusTransaction.requiringNew().timeout(settings.verifyTransactionTimeout()).call(this::walk);
    }

    private AuditChainCheck walk() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement snapshot = connection
                    .prepareStatement("set transaction isolation level repeatable read, read only")) {
                snapshot.execute();
            }
            Walk walk = new Walk();
            Break broken = walk.links(connection);
            if (broken == null) {
                broken = unlinked(connection);
            }
            long lastPosition = 0;
            String lastHash = null;
            try (PreparedStatement last = connection.prepareStatement(LAST); ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    lastPosition = row.getLong("position");
                    lastHash = HexFormat.of().formatHex(row.getBytes("hash"));
                }
            }
            return broken == null ? AuditChainCheck.intact(walk.rows, lastPosition, lastHash, now)
                    : AuditChainCheck.broken(walk.rows, lastPosition, lastHash, now, broken);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain", e);
        }
    }

    /** The chain read link by link: how far it verified and the hash it ended with. */
    private static final class Walk {

        long rows;
        long position;
        byte[] hash = GENESIS;

        Break links(Connection connection) throws SQLException {
            try (PreparedStatement links = connection.prepareStatement(LINKS)) {
                links.setFetchSize(FETCH);
                try (ResultSet link = links.executeQuery()) {
                    while (link.next()) {
                        Break broken = next(link);
                        if (broken != null) {
                            return broken;
                        }
                    }
                }
            }
            return null;
        }

        private Break next(ResultSet link) throws SQLException {
            long linkPosition = link.getLong("position");
            long rowId = link.getLong("entry_id");
            byte[] stored = link.getBytes("hash");
            OffsetDateTime at = link.getObject("at", OffsetDateTime.class);
            if (linkPosition != position + 1) {
                long missing = linkPosition - position - 1;
                return new Break(rowId, linkPosition, at == null ? null : at.toInstant(),
                        "ขาดแถวก่อนหน้านี้ " + missing + " แถว (ตำแหน่ง " + (position + 1) + " ถึง " + (linkPosition - 1)
                                + ") ถูกลบพร้อมลิงก์",
                        missing + " rows before it (positions " + (position + 1) + " to " + (linkPosition - 1)
                                + ") were deleted together with their links");
            }
            if (link.getObject("id") == null) {
                return new Break(rowId, linkPosition, null, "ถูกลบ (ยังมีลิงก์ในสายแฮชแต่ไม่มีแถว)",
                        "was deleted (its link in the chain remains, the row is gone)");
            }
            byte[] computed = sha256(hash, content(link, at));
            if (!Arrays.equals(computed, stored)) {
                return new Break(rowId, linkPosition, at.toInstant(),
                        "เนื้อหาไม่ตรงกับแฮชที่บันทึกไว้: ถูกแก้ไขหลังบันทึก (หรือแฮชของแถวนี้ถูกแก้)",
                        "its content does not match its hash: it was changed after it was written (or its hash was)");
            }
            rows++;
            position = linkPosition;
            hash = stored;
            return null;
        }
    }

    private static Break unlinked(Connection connection) throws SQLException {
        try (PreparedStatement unlinked = connection.prepareStatement(UNLINKED);
                ResultSet row = unlinked.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            return new Break(row.getLong("id"), null, row.getObject("at", OffsetDateTime.class).toInstant(),
                    "ไม่อยู่ในสายแฮช: ถูกแทรกโดยข้ามตัวตรวจของฐานข้อมูล",
                    "is not in the chain: it was inserted around the database's trigger");
        }
    }

    /** The canonical encoding V17's audit_entry_content() builds, as the bytes that are hashed. */
    static byte[] content(ResultSet row, OffsetDateTime at) throws SQLException {
        StringBuilder content = new StringBuilder("audit_entry/1 ");
        field(content, row.getString("id"));
        field(content, AT.format(at.withOffsetSameInstant(ZoneOffset.UTC)));
        field(content, row.getString("actor"));
        field(content, row.getString("user_id"));
        field(content, row.getString("device_id"));
        field(content, row.getString("action"));
        field(content, row.getString("service_point_id"));
        field(content, row.getString("counter_id"));
        field(content, row.getString("ticket_id"));
        field(content, row.getString("reason"));
        field(content, row.getString("detail"));
        return content.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A NULL as '-', a value as its length in UTF-8 bytes, ':' and itself, so no two rows encode alike. */
    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append('-');
        } else {
            content.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static byte[] sha256(byte[] previous, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            return digest.digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
