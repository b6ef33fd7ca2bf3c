package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port look-ups for the parts that may listen anywhere and the parts that must listen on a fixed port. */
public final class FreePorts {

    private static final int MAX_TRIES = 100;
    /**
     * Every port this launcher handed out. The kernel gives a port back as soon as the probing socket closes, so two
     * look-ups before either part has bound its port could get the same one: Kafka's broker and controller listeners
     * once did, and the stack failed to start ("two listeners on the same port"). MariaDB starts at the same time.
     */
    private static final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /**
     * A port the kernel just handed out and this launcher has not handed out before; it is free unless another
     * program grabs it before we bind it.
     */
    public static int pick() {
        List<ServerSocket> probes = new ArrayList<>();
        try {
            // The probes stay open until a new port turns up, so the kernel cannot offer the same one again.
            for (int i = 0; i < MAX_TRIES; i++) {
                ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                probes.add(probe);
                if (handedOut.add(probe.getLocalPort())) {
                    return probe.getLocalPort();
                }
            }
            throw new IllegalStateException("No port on 127.0.0.1 that this launcher has not handed out already");
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        } finally {
            probes.forEach(FreePorts::close);
        }
    }

    private static void close(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // A probe that does not close keeps its port out of use; nothing else to do.
        }
    }

    /** Binds the wildcard address, as a Spring Boot server does, so a listener on any interface counts. */
    public static boolean isTaken(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
