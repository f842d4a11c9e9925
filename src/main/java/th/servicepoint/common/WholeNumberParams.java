package th.servicepoint.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters typed {@code int} or {@code long}. JAX-RS answers a value it cannot convert ({@code ?page=abc},
 * {@code ?size=99999999999}) with a bare 404, which tells a person nothing; this answers 422 naming the parameter and
 * the whole numbers it takes: the parameter's {@link Min} and {@link Max} when it has them, so a value out of range
 * gets the same answer as one that is no number at all.
 */
@Provider
public class WholeNumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Optional<String> name = find(annotations, QueryParam.class).map(QueryParam::value);
        if (name.isEmpty()) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name.get(), range(annotations, Integer.MIN_VALUE,
                    Integer.MAX_VALUE), value -> (int) value);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name.get(), range(annotations, Long.MIN_VALUE, Long.MAX_VALUE),
                    value -> value);
        }
        return null;
    }

    private record Range(long min, long max, boolean stated) {
    }

    private static Range range(Annotation[] annotations, long typeMin, long typeMax) {
        Optional<Long> min = find(annotations, Min.class).map(Min::value);
        Optional<Long> max = find(annotations, Max.class).map(Max::value);
        return new Range(min.orElse(typeMin), max.orElse(typeMax), min.isPresent() || max.isPresent());
    }

    private static <A extends Annotation> Optional<A> find(Annotation[] annotations, Class<A> type) {
        return Arrays.stream(annotations).filter(type::isInstance).map(type::cast).findFirst();
    }

    private record Converter<N extends Number>(String name, Range range, LongFunction<N> narrow)
            implements
                ParamConverter<N> {

        @Override
        public N fromString(String value) {
            try {
                long number = Long.parseLong(value.strip());
                if (number >= range.min() && number <= range.max()) {
                    return narrow.apply(number);
                }
            } catch (NumberFormatException e) {
                // refused below, like a number out of range
            }
            throw refused(value);
        }

        @Override
        public String toString(N value) {
            return String.valueOf(value);
        }

        /**
         * A {@link WebApplicationException}, because JAX-RS turns any other failure of a query parameter into a 404;
         * {@link ProblemMappers} answers with the {@link ProblemException} inside.
         */
        private WebApplicationException refused(String value) {
            String th = range.stated() ? "จำนวนเต็มตั้งแต่ " + range.min() + " ถึง " + range.max() : "จำนวนเต็ม";
            String en = range.stated() ? "a whole number from " + range.min() + " to " + range.max() : "a whole number";
            ProblemException problem = ProblemException.invalid(name, "ค่า '" + value + "' ของ " + name + " ใช้ไม่ได้ ต้องเป็น"
                    + th, "'" + value + "' is not allowed for " + name + "; use " + en);
            return new WebApplicationException(problem, problem.status());
        }
    }
}
