package th.servicepoint.agency;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A local administrative organization on the installation (V20__agencies.sql). The directory of agencies has no
 * row-level security: names, classes and provinces are public; what an agency owns is kept apart by its rows' agency.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_class")
    public AgencyClass agencyClass;
    public String province;
    public String district;
    public boolean active = true;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Agency> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
