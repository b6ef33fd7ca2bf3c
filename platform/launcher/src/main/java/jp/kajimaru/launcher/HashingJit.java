package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * user-service's JIT: C2 compiles the Argon2id hashing (Bouncy Castle) and nothing else. Its hot loop takes ~75 ms per
 * hash with C1 and ~30 ms with C2, the difference between keeping up with a burst of sign-ups and not; but with C2 on
 * for the whole service, C2 spent 11–13 s of CPU compiling start-up code (the start-up cache's recorded profiles make
 * it compile early), ~12 % of the whole stack's start on two cores. Measured on this machine, one user-service started
 * beside the running stack: 15–18 s of CPU until started and 21–23 s twenty seconds later with C2 for everything;
 * 9.3 s (and 9.4 s) with C2 for Bouncy Castle only; the hash stays at ~30 ms.
 */
final class HashingJit {

    // First match wins: Bouncy Castle may use C2, every other method stays with C1: one hot enough for C2 is compiled
    // again at C1's full-speed tier, the others keep C1's profiling tier (some 3 000 methods after a few sign-ups,
    // somewhat slower code than the C1-only services run; jcmd Compiler.codelist).
    static final String DIRECTIVES = """
            [ { match: "org/bouncycastle/*.*", c2: { Exclude: false } },
              { match: "*.*", c2: { Exclude: true } } ]
            """;

    private HashingJit() {
    }

    /** Writes the directives file under {@code dir} (again each start: it is the launcher's, not the user's) and names it. */
    static List<String> options(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("user-service-jit.json");
        Files.writeString(file, DIRECTIVES);
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file.toAbsolutePath());
    }
}
