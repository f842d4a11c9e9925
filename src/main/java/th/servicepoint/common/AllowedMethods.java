package th.servicepoint.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods each address of the REST API takes, read once from the resources' JAX-RS annotations, for the
 * {@code Allow} header of a 405 (JAX-RS knows, but does not say).
 */
@Singleton
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path resource = bean.getBeanClass().getAnnotation(Path.class);
            if (resource != null) {
                addRoutes(resource.value(), bean.getBeanClass());
            }
        }
    }

    /** The methods {@code path} takes, HEAD with GET and OPTIONS always (JAX-RS answers both by itself). */
    public Set<String> at(String path) {
        Set<String> methods = new TreeSet<>();
        routes.stream().filter(route -> route.path().matcher(path).matches()).forEach(route -> {
            methods.add(route.method());
            if (route.method().equals("GET")) {
                methods.add("HEAD");
            }
        });
        methods.add("OPTIONS");
        return methods;
    }

    private void addRoutes(String prefix, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            Optional<String> http = httpMethod(method);
            if (http.isPresent()) {
                Path sub = method.getAnnotation(Path.class);
                routes.add(new Route(pattern(prefix + "/" + (sub == null ? "" : sub.value())), http.get()));
            }
        }
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(http -> http != null)
                .map(HttpMethod::value).findFirst();
    }

    /** A path template ({@code /tickets/{id}}, {@code /complaints/{id: \d+}}) as a regular expression. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = closingBrace(template, i);
                String variable = template.substring(i + 1, end);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip()).append(')');
                i = end + 1;
            } else if (c == '/') {
                // doubled and trailing slashes are one and none, as JAX-RS matches them
                while (i < template.length() && template.charAt(i) == '/') {
                    i++;
                }
                if (i < template.length()) {
                    regex.append('/');
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile("/?" + regex + "/?");
    }

    /** The brace closing the one at {@code open}; a variable's regular expression may hold braces of its own. */
    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            depth += template.charAt(i) == '{' ? 1 : template.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed { in path template " + template);
    }
}
