package jp.kajimaru.launcher;

import java.util.ArrayList;
import java.util.List;

/** The SMTP server notification-service sends through: the local catcher, or a real one named in the environment. */
public record MailServer(String host, int port, String username, String password) {

    /** Spring Boot's mail properties for the service that sends mail. */
    public List<String> springArguments() {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=" + host, "--spring.mail.port=" + port));
        if (!username.isEmpty()) {
            args.add("--spring.mail.username=" + username);
            args.add("--spring.mail.password=" + password);
            args.add("--spring.mail.properties.mail.smtp.auth=true");
            args.add("--spring.mail.properties.mail.smtp.starttls.enable=true");
        }
        return args;
    }
}
