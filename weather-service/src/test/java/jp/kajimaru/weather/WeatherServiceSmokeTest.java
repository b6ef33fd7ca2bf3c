package jp.kajimaru.weather;

import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.ServiceSmokeContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class WeatherServiceSmokeTest extends ServiceSmokeContract {
}
