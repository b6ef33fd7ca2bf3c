package jp.kajimaru.archsample.good.web;

import jp.kajimaru.archsample.good.chore.ChoreService;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ChoreController {
    ChoreService chores;
}
