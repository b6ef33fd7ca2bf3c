package jp.kajimaru.archsample.bad.model;

import jakarta.persistence.Entity;
import org.springframework.http.HttpStatus;

@Entity
public class HttpAwareEntity {
    HttpStatus answer;
}
