package jp.kajimaru.rotation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RotationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RotationServiceApplication.class, args);
    }
}
