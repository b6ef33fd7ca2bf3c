package jp.kajimaru.messaging.debezium;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the binlog connector connects, derived from the service's JDBC URL. The connector class follows
 * the driver: {@code jdbc:mariadb:} → Debezium's MariaDB connector, {@code jdbc:mysql:} → its MySQL one.
 */
public record BinlogSource(String connectorClass, String host, int port, String database, String user, String password) {

    private static final Pattern URL = Pattern.compile("jdbc:(mariadb|mysql)://([^:/?,]+)(?::(\\d+))?/([^?;]+).*");

    public static BinlogSource fromJdbcUrl(String url, String user, String password) {
        Matcher m = URL.matcher(url == null ? "" : url);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "The Debezium outbox relay needs a jdbc:mariadb:// or jdbc:mysql:// URL with a database, got " + url);
        }
        String connector = m.group(1).equals("mariadb")
                ? "io.debezium.connector.mariadb.MariaDbConnector"
                : "io.debezium.connector.mysql.MySqlConnector";
        int port = m.group(3) == null ? 3306 : Integer.parseInt(m.group(3));
        return new BinlogSource(connector, m.group(2), port, m.group(4), user, password == null ? "" : password);
    }

    /**
     * The connector's driver setting for the connection's time zone. Left alone it follows the JVM's zone, which
     * a server without time-zone tables refuses (Asia/Tokyo), and DATETIME values are read in that zone; every
     * service stores UTC wall time (MessagingDefaults), so the relay reads in UTC too.
     */
    public String timeZoneProperty() {
        return connectorClass.contains("mariadb") ? "database.timezone" : "database.connectionTimeZone";
    }
}
