package th.servicepoint.common;

/**
 * Prints statements as the application loads them (includes in place, comments out), each ended by a semicolon, for
 * bench/report.sh to pipe into psql: {@code java -cp target/classes:target/test-classes
 * th.servicepoint.common.PrintSqlStatements report/sql/queue-figures.sql ...}. Needs nothing but the JDK.
 */
public final class PrintSqlStatements {

    private PrintSqlStatements() {
    }

    public static void main(String[] resources) {
        for (String resource : resources) {
            System.out.println(SqlStatements.load(resource) + ";");
        }
    }
}
