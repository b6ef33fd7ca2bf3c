package jp.kajimaru.rotation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RotationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RotationServiceApplication.class, args);
    }
}
