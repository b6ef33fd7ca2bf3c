package jp.kajimaru.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import jp.kajimaru.notification.household.Directory;
import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.preference.PreferenceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (Spring's mail support): plain text, in the language the message was written in. */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final Directory directory;
    private final PreferenceService preferences;
    private final String host;
    private final String from;

    EmailSender(ObjectProvider<JavaMailSender> mail, Directory directory, PreferenceService preferences,
                @Value("${spring.mail.host:}") String host,
                @Value("${kajimaru.notifications.email.from:kajimaru@localhost}") String from) {
        this.mail = mail;
        this.directory = directory;
        this.preferences = preferences;
        this.host = host;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return host != null && !host.isBlank() && mail.getIfAvailable() != null;
    }

    /** To the member's address if they want the kind by e-mail now (not only in the digest), after their quiet hours. */
    @Override
    public List<Target> plan(Planned p) {
        String address = preferences.emailOf(p.preferences(), p.message().householdId());
        if (address == null || !p.preferences().emailsAtOnce(p.message().kind())) {
            return List.of();
        }
        Instant notBefore = p.preferences().quietHours()
                .map(q -> q.releaseAt(p.now(), directory.householdOrDefault(p.message().householdId()).zone()))
                .orElse(p.now());
        return List.of(new Target(address, notBefore));
    }

    @Override
    public void send(Delivery delivery, Notification message, Member recipient) {
        try {
            JavaMailSender sender = mail.getObject();
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper m = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            m.setFrom(from);
            m.setTo(delivery.target());
            m.setSubject(message.title());
            boolean ja = !Locale.ENGLISH.equals(directory.householdOrDefault(delivery.householdId()).language());
            String greeting = recipient == null ? "" : (ja ? recipient.displayName() + "さん\n\n" : recipient.displayName() + ",\n\n");
            m.setText(greeting + message.body() + "\n\n-- \n" + (ja ? "かじまる（家事の当番表）" : "Kajimaru (household chores)"), false);
            mime.setHeader("X-Kajimaru-Message", message.id().toString());
            sender.send(mime);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
