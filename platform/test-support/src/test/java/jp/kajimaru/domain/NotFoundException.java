package jp.kajimaru.domain;

/** Stands for platform/web's domain exception of the same name (test-support does not depend on platform/web). */
public class NotFoundException extends RuntimeException {
}
