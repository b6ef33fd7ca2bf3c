package jp.kajimaru.shopping;

import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.ServiceSmokeContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ShoppingServiceSmokeTest extends ServiceSmokeContract {
}
