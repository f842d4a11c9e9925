package th.servicepoint.queue;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import th.servicepoint.catalog.Service;

/**
 * Hands out the next number of a service's day. The upsert takes a row lock held until the issuing transaction ends,
 * so numbers are gap-free and unique across every instance on the database, and a rolled-back ticket gives its number
 * back.
 */
@ApplicationScoped
class TicketNumbering {

    private final EntityManager entityManager;

    TicketNumbering(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    int next(Service service, LocalDate businessDay) {
        return ((Number) entityManager.createNativeQuery("""
                insert into ticket_sequence (service_id, business_day, last_seq) values (:service, :day, 1)
                on conflict (service_id, business_day) do update set last_seq = ticket_sequence.last_seq + 1
                returning last_seq
                """).setParameter("service", service.id).setParameter("day", businessDay).getSingleResult())
                .intValue();
    }
}
