package jp.kajimaru.archsample.bad.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SqlController {
    JdbcTemplate jdbc;
}
