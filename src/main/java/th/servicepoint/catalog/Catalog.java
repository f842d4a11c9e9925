package th.servicepoint.catalog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.ProblemException;
import th.servicepoint.site.ServicePoint;

/** Finds services by the prefix letter citizens and clerks know them by. */
@ApplicationScoped
public class Catalog {

    public List<Service> services(ServicePoint servicePoint) {
        return Service.list("servicePoint = ?1 order by prefix", servicePoint);
    }

    /** An active service of the service point, or a 422/409 that names the letters that do work. */
    public Service activeService(ServicePoint servicePoint, String field, String prefix) {
        List<Service> all = services(servicePoint);
        Service service = all.stream().filter(s -> sameLetter(s.prefix, prefix)).findFirst()
                .orElseThrow(() -> unknown(all, field, prefix));
        if (!service.active) {
            throw ProblemException.conflict("SERVICE_INACTIVE",
                    "งานบริการ " + service.nameTh + " ปิดรับบัตรคิวชั่วคราว",
                    "Service " + service.nameEn + " is not taking tickets at the moment");
        }
        return service;
    }

    /** Whether a citizen's or clerk's letter names the service with this prefix: case does not matter. */
    public static boolean sameLetter(String prefix, String asked) {
        return prefix.equalsIgnoreCase(asked);
    }

    private static ProblemException unknown(List<Service> all, String field, String prefix) {
        Set<String> letters = all.stream().filter(s -> s.active).map(s -> s.prefix)
                .collect(Collectors.toCollection(TreeSet::new));
        return ProblemException.invalid(field,
                "ไม่มีงานบริการรหัส '" + prefix + "' ที่จุดบริการนี้ รหัสที่ใช้ได้: " + String.join(", ", letters),
                "There is no service '" + prefix + "' at this service point; use one of: " + String.join(", ", letters));
    }
}
