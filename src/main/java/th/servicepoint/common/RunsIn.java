package th.servicepoint.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Work that no request starts (day end, retention, gauges, the first start's accounts and demo data) runs in the scope
 * it names, before any transaction of its own begins ({@link RunsInScope}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RunsIn {

    @Nonbinding
    Where value();

    enum Where {
        /** Every agency: {@link AgencyScope#INSTALLATION}. */
        INSTALLATION,
        /** The installation's home agency: {@link AgencyScope#homeAgency()}. */
        HOME_AGENCY;

        AgencyScope scope() {
            return this == INSTALLATION ? AgencyScope.INSTALLATION : AgencyScope.homeAgency();
        }
    }
}
