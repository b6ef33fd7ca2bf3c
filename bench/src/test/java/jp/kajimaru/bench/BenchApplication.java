package jp.kajimaru.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BenchApplication {
}
