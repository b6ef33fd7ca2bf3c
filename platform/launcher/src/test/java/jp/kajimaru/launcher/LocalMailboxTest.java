package jp.kajimaru.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalMailboxTest {

    @Test
    void catchesMailOverSmtpAndShowsItEscapedOnItsPage() throws Exception {
        try (LocalMailbox mailbox = LocalMailbox.start()) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", mailbox.server().host());
            smtp.put("mail.smtp.port", String.valueOf(mailbox.server().port()));
            MimeMessage message = new MimeMessage(Session.getInstance(smtp));
            message.setFrom(new InternetAddress("noreply@kajimaru.local"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("hana@example.jp"));
            message.setSubject("明日の家事: 洗濯", "UTF-8");
            message.setText("<b>Hana</b>, laundry tomorrow", "UTF-8");
            Transport.send(message);

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(mailbox.webUrl())).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Kajimaru mail (1)", "明日の家事: 洗濯", "hana@example.jp",
                    "&lt;b&gt;Hana&lt;/b&gt;, laundry tomorrow").doesNotContain("<b>Hana</b>");
        }
    }
}
