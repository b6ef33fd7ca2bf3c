package jp.kajimaru.messaging.debezium;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinlogSourceTest {

    @Test
    void mariadbUrlChoosesTheMariaDbConnector() {
        BinlogSource s = BinlogSource.fromJdbcUrl("jdbc:mariadb://127.0.0.1:3307/kajimaru_user?createDatabaseIfNotExist=true",
                "root", null);
        assertThat(s).isEqualTo(new BinlogSource("io.debezium.connector.mariadb.MariaDbConnector", "127.0.0.1", 3307,
                "kajimaru_user", "root", ""));
    }

    @Test
    void mysqlUrlChoosesTheMySqlConnectorAndDefaultPort() {
        BinlogSource s = BinlogSource.fromJdbcUrl("jdbc:mysql://db.internal/kajimaru_rotation", "app", "secret");
        assertThat(s.connectorClass()).isEqualTo("io.debezium.connector.mysql.MySqlConnector");
        assertThat(s.port()).isEqualTo(3306);
        assertThat(s.database()).isEqualTo("kajimaru_rotation");
    }

    @Test
    void otherUrlsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> BinlogSource.fromJdbcUrl("jdbc:postgresql://x/y", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mariadb://");
        assertThatThrownBy(() -> BinlogSource.fromJdbcUrl("jdbc:mariadb://host:3306/", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
