package th.servicepoint.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * SQL statements kept as resource files, so the text the application runs is the text a benchmark runs through psql
 * (bench/report.sh): one file a statement, with named parameters ({@code :from}) that both understand.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    /**
     * The statement in {@code resource} (a class-path path) without its comment lines: a parameter named in a
     * comment would otherwise count as one to bind.
     */
    public static String load(String resource) {
        try (InputStream in = SqlStatements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
