package th.servicepoint.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * SQL statements kept as resource files, so the text the application runs is the text a benchmark runs through psql
 * (bench/report.sh): one file a statement, with named parameters ({@code :from}) that both understand.
 * <p>
 * A piece several statements share (the survey's responses, say) is a file of its own, and a line
 * {@code -- include: name.sql} puts it in place, named relative to the including file. psql cannot include in the
 * middle of a statement, so the benchmark gets the statements through this class too (PrintSqlStatements in the tests).
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    private static final String INCLUDE = "-- include:";

    /**
     * The statement in {@code resource} (a class-path path), its includes in place, without its comment lines: a
     * parameter named in a comment would otherwise count as one to bind.
     */
    public static String load(String resource) {
        String directory = resource.substring(0, resource.lastIndexOf('/') + 1);
        return read(resource).lines()
                .map(line -> line.startsWith(INCLUDE) ? load(directory + line.substring(INCLUDE.length()).strip())
                        : line)
                .filter(line -> !line.stripLeading().startsWith("--")).collect(Collectors.joining("\n"));
    }

    private static String read(String resource) {
        try (InputStream in = SqlStatements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
