package jp.kajimaru.archsample.bad.events;

import org.springframework.jdbc.core.JdbcTemplate;

public class SqlConsumer {
    JdbcTemplate jdbc;
    jp.kajimaru.archsample.elsewhere.ForeignService foreign;
}
