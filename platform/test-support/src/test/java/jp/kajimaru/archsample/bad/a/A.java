package jp.kajimaru.archsample.bad.a;

public class A {
    jp.kajimaru.archsample.bad.b.B partner;
}
