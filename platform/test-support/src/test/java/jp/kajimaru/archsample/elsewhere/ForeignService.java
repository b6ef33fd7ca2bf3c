package jp.kajimaru.archsample.elsewhere;

/** Stands for another service's class. */
public class ForeignService {
}
