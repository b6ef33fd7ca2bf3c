package jp.kajimaru.archsample.bad.b;

public class B {
    jp.kajimaru.archsample.bad.a.A partner;
}
