package jp.kajimaru.user.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client a limit is counted against. Behind the gateway that is the last X-Forwarded-For entry (the one
 * the gateway appended; earlier ones are whatever the client sent), trusted only when the request comes from
 * a proxy on this host or the private network; otherwise the remote address. IPv6 clients count per /64,
 * the block one subscriber gets, so walking through one's own addresses does not reset anything.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        InetAddress remote = literal(request.getRemoteAddr());
        String forwarded = request.getHeader("X-Forwarded-For");
        if (remote != null && forwarded != null && isProxy(remote)) {
            String[] hops = forwarded.split(",");
            InetAddress client = literal(hops[hops.length - 1].strip());
            if (client != null) {
                return key(client);
            }
        }
        return remote == null ? String.valueOf(request.getRemoteAddr()) : key(remote);
    }

    private static boolean isProxy(InetAddress remote) {
        return remote.isLoopbackAddress() || remote.isSiteLocalAddress();
    }

    private static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        }
        return address.getHostAddress();
    }

    /** Parses an IP literal only (never a host name, which would mean a DNS lookup); null otherwise. */
    private static InetAddress literal(String s) {
        boolean literal = s != null && (IPV4.matcher(s).matches() || s.contains(":") && IPV6.matcher(s).matches());
        if (!literal) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
