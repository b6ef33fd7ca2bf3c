package jp.kajimaru.archsample.good.chore;

import jakarta.persistence.Entity;
import jp.kajimaru.domain.NotFoundException;

@Entity
public class Chore {
    NotFoundException missing;
}
