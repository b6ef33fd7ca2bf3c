package jp.kajimaru.archsample.good.chore;

import org.springframework.jdbc.core.JdbcTemplate;

public class ChoreService {
    JdbcTemplate jdbc;
    Chore chore;
}
