package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded stack's mail: a GreenMail SMTP server on loopback that catches every message notification-service
 * sends, and a small page on loopback where the family (or a developer) reads them. Nothing leaves the machine.
 */
public final class LocalMailbox implements AutoCloseable {

    /** The port a mail catcher usually has (Mailpit, MailHog); another free one when it is taken. */
    static final int PREFERRED_WEB_PORT = 8025;

    private final GreenMail smtp;
    private final HttpServer web;

    private LocalMailbox(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    public static LocalMailbox start() throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        int webPort = FreePorts.isTaken(PREFERRED_WEB_PORT) ? FreePorts.pick() : PREFERRED_WEB_PORT;
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        LocalMailbox mailbox = new LocalMailbox(smtp, web);
        web.createContext("/", exchange -> {
            byte[] page = mailbox.page().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        web.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "local-mailbox-web")));
        web.start();
        return mailbox;
    }

    public MailServer server() {
        return new MailServer("127.0.0.1", smtp.getSmtp().getPort(), "", "");
    }

    public String webUrl() {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
    }

    /** Every caught message, newest first, escaped: the texts come from family members. */
    String page() {
        List<MimeMessage> messages = Arrays.asList(smtp.getReceivedMessages());
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"ja\"><meta charset=\"utf-8\">"
                + "<title>Kajimaru mail</title><style>body{font-family:sans-serif;max-width:50rem;margin:auto}"
                + "article{border-bottom:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap}</style>"
                + "<h1>Kajimaru mail (" + messages.size() + ")</h1>");
        if (messages.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            html.append(article(messages.get(i)));
        }
        return html.append("</html>").toString();
    }

    private static String article(MimeMessage message) {
        try {
            return "<article><b>" + escape(message.getSubject()) + "</b><br><small>to " + escape(addresses(message.getAllRecipients()))
                    + " · from " + escape(addresses(message.getFrom())) + " · " + escape(String.valueOf(message.getSentDate()))
                    + "</small><pre>" + escape(plainText(message)) + "</pre></article>";
        } catch (MessagingException | IOException e) {
            return "<article>unreadable message: " + escape(e.getMessage()) + "</article>";
        }
    }

    /** The text/plain part (notification mails carry one), else the raw body. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
            return "";
        }
        return part instanceof MimeMessage message ? GreenMailUtil.getBody(message) : "";
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }
}
