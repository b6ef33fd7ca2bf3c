package jp.kajimaru.launcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A MariaDB server the services can reach; each service gets its own database on it. */
public record DatabaseServer(String hostAndPort, String user, String password) {

    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:(?:mariadb|mysql)://([^/?;]+)");

    /** Only host and port are taken from the URL: the database part is chosen per service. */
    public static DatabaseServer fromJdbcUrl(String url, String user, String password) {
        Matcher m = HOST_AND_PORT.matcher(url);
        if (!m.find()) {
            throw new IllegalArgumentException("KAJIMARU_DB_URL must look like jdbc:mariadb://host:port/, got " + url);
        }
        return new DatabaseServer(m.group(1), user, password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + hostAndPort + "/" + database;
    }
}
