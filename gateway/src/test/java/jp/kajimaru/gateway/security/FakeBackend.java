package jp.kajimaru.gateway.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A service behind the gateway, as a plain socket on loopback, for what a real service would not do on cue: die in
 * the middle of a request, never answer, or show exactly which headers the gateway sent. Each connection gets the
 * request head (lower-cased header names, the body read and dropped) and answers however its {@link Answer} says.
 */
final class FakeBackend implements AutoCloseable {

    interface Answer {
        void to(String head, OutputStream out) throws IOException;
    }

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-backend");
        t.setDaemon(true);
        return t;
    });

    private FakeBackend(ServerSocket server, Answer answer, boolean reset) {
        this.server = server;
        connections.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    connections.execute(() -> serve(s, answer, reset));
                } catch (IOException closed) {
                    // The test is over.
                }
            }
        });
    }

    static FakeBackend answering(Answer answer) {
        return start(answer, false);
    }

    /** Closes each connection with a reset (RST), as the kernel does for a process killed with requests in flight. */
    static FakeBackend resetting(Answer answer) {
        return start(answer, true);
    }

    private static FakeBackend start(Answer answer, boolean reset) {
        try {
            return new FakeBackend(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), answer, reset);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }

    private static void serve(Socket socket, Answer answer, boolean reset) {
        try (Socket s = socket) {
            InputStream in = s.getInputStream();
            String head = readHead(in);
            int length = contentLength(head);
            in.readNBytes(length);
            answer.to(head, s.getOutputStream());
            if (reset) {
                s.setSoLinger(true, 0);
            }
        } catch (IOException gone) {
            // The gateway closed the connection (a timeout) or the answer cut it on purpose.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }
}
