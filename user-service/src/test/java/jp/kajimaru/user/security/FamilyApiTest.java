package jp.kajimaru.user.security;

import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** user-service on real infrastructure, with a freshly signed-up family (admin and session) before each test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class FamilyApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    Family family;

    @BeforeEach
    void signUpAFamily() {
        family = Family.signUp(TestApi.onLocalPort(port));
    }
}
