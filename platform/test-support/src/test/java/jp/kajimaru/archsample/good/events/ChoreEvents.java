package jp.kajimaru.archsample.good.events;

import jp.kajimaru.archsample.good.chore.ChoreService;

public class ChoreEvents {
    ChoreService chores;
}
