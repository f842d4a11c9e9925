package th.servicepoint.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.security.DeviceKeys;
import th.servicepoint.security.DeviceKind;

/**
 * The key a kiosk or a screen sends instead of a password, registered at a service point (security's
 * {@code DeviceKeys} recognises it). Only its hash ({@code DeviceKeys.hash}) is stored.
 */
@Entity
@Table(name = "device_key")
public class DeviceKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public DeviceKind kind;
    @Column(name = "key_hash")
    @JdbcTypeCode(SqlTypes.CHAR)
    public String keyHash;
    /** The service point the device belongs to; null for a device allowed at every service point. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    /** The one counter a COUNTER key may watch (its survey links are for the citizens served there); null otherwise. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counter_id")
    public Counter counter;
    public boolean active = true;
    @Column(name = "created_at")
    public Instant createdAt;
}
