package th.servicepoint.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One published step of a service with its standard minutes (ITA indicator 6 item 2). */
@Entity
@Table(name = "service_step")
public class ServiceStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    public int position;
    @Column(name = "title_th")
    public String titleTh;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "standard_minutes")
    public int standardMinutes;
}
